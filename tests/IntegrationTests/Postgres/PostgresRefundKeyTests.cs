using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Api.Refunds;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>One refund request sent ten times with one <c>Idempotency-Key</c>, split across two API instances on one
/// PostgreSQL database: one refund, one call to Stripe.</summary>
public sealed class PostgresRefundKeyTests : IClassFixture<PostgresStripeApiFactory>, IDisposable
{
    private readonly PostgresStripeApiFactory _first;
    private readonly OrdersApiFactory _second;

    public PostgresRefundKeyTests(PostgresStripeApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
    }

    public void Dispose() => _second.Dispose();

    [Fact]
    public async Task TenRequestsWithOneKey_OnTwoInstances_MakeOneRefundAndOneStripeCall()
    {
        var order = await _first.PaidOrderAsync("pg-refund-rush", async o => (await _first.DeliverAsync(StripeEvents.Succeeded(o))).ShouldBe("applied"));
        var body = new { amount = 4m, reason = "goodwill" };

        var answers = await RefundApi.RushAsync([.. Enumerable.Range(0, 10).Select(i =>
            (Func<Task<HttpResponseMessage>>)(() => (i % 2 == 0 ? _first : _second).Admin().RefundAsync(order.Id(), body, "pg-rush-key")))]);

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict);
        answers.Count(a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        var refund = (await _first.Admin().RefundsAsync(order.Id())).ShouldHaveSingleItem()!["id"].Str();
        await Eventually.TrueAsync(() => Task.FromResult(_first.Stripe.CreatedRefunds.Any(r => r.RefundId == refund)), $"refund {refund} at Stripe");
        _first.Stripe.RefundCalls.Count(c => c.Form.GetValueOrDefault("payment_intent") == StripeEvents.IntentOf(order) && !c.Replayed).ShouldBe(1);
    }
}
