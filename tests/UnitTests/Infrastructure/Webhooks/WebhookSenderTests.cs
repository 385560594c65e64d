using Orders.Application.Webhooks;
using Orders.Infrastructure.Webhooks;

namespace Orders.UnitTests.Infrastructure.Webhooks;

public sealed class WebhookSenderTests
{
    [Fact]
    public void CreateHandler_UsesNoProxy_AndFollowsNoRedirects()
    {
        using var handler = WebhookSender.CreateHandler(new WebhookOptions());

        handler.UseProxy.ShouldBeFalse();
        handler.AllowAutoRedirect.ShouldBeFalse();
    }

    [Theory]
    [InlineData("http://[64:ff9b::7f00:1]:8080/hook")]
    [InlineData("http://[64:ff9b:1::a9fe:a9fe]/hook")]
    [InlineData("http://[2002:7f00:1::1]/hook")]
    [InlineData("http://[::7f00:1]/hook")]
    public async Task SendAsync_ToAnAddressEmbeddingIPv4_IsRefusedAtConnectTime(string url)
    {
        using var sender = new WebhookSender(new WebhookOptions { TimeoutSeconds = 5 });

        var (status, _, error) = await sender.SendAsync(url, "{}", "secret", DateTimeOffset.UtcNow, CancellationToken.None);

        status.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain("private addresses");
    }
}
