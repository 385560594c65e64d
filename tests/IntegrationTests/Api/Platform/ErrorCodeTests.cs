using System.Net;
using System.Text;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary>Every problem carries a machine-readable code, also for the failures that name no field.</summary>
public sealed class ErrorCodeTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Fact]
    public async Task PostPaymentEvent_WhenNoWebhookSecretIsConfigured_Returns400WithThePaymentsCode()
    {
        var response = await factory.CreateClient().PostAsync("/api/payments/webhook",
            new StringContent("""{"id":"evt_1","type":"payment.succeeded","data":{"intentId":"pi_1"}}""", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["code"].Str().ShouldBe("payments.not_configured");
        problem["detail"].Str().ShouldContain("Payments:WebhookSecret");
    }

    [Theory]
    [InlineData("/api/orders/nosuchorder", HttpStatusCode.NotFound, "order.not_found")]
    [InlineData("/api/orders?status=lost", HttpStatusCode.BadRequest, "request.invalid")]
    [InlineData("/api/orders?page=0", HttpStatusCode.BadRequest, "request.invalid_paging")]
    public async Task Get_WhenRefused_AnswersTheCode(string path, HttpStatusCode status, string code)
    {
        var problem = await (await factory.ClientFor("coded").GetAsync(path)).ShouldBeProblemAsync(status);

        problem["code"].Str().ShouldBe(code);
    }
}
