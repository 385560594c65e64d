using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>With the default settings, webhooks may not point into the server's own network.</summary>
public sealed class WebhookTargetTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://192.168.1.10/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/latest/meta-data")]
    [InlineData("http://[64:ff9b:1::a00:1]/hook")]
    [InlineData("http://[2002:a9fe:a9fe::1]/hook")]
    [InlineData("http://[::a9fe:a9fe]/hook")]
    public async Task PostWebhook_ToPrivateAddress_Returns400(string url)
    {
        var response = await factory.Admin().PostAsJsonAsync("/api/webhooks", new { url, events = new[] { "order.created" } });
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["code"].Str().ShouldBe("webhook.target_refused");
    }

    [Theory]
    [InlineData(254)]
    [InlineData(300)]
    [InlineData(1900)]
    public async Task PostWebhook_WithAHostNameTooLongForDns_Returns400(int length)
    {
        var labels = string.Join('.', Enumerable.Range(0, length / 50 + 1).Select(_ => new string('a', 49)));
        var host = labels[..(length - 4)].TrimEnd('.') + ".com";
        var url = $"https://{host}/hook";

        var response = await factory.Admin().PostAsJsonAsync("/api/webhooks", new { url, events = new[] { "order.created" } });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["code"].Str().ShouldBe("webhook.target_refused");
    }
}
