using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Api.Expiry;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>Two API instances on one PostgreSQL database sweep unpaid orders at the same moment: each order is canceled
/// once (one history entry, its stock back once, one email, its intent canceled once at Stripe); and the unpaid-order
/// limit holds exactly for placements spread over both.</summary>
public sealed class PostgresExpiryTests : IClassFixture<PostgresExpiryApiFactory>, IDisposable
{
    private readonly PostgresExpiryApiFactory _first;
    private readonly OrdersApiFactory _second;

    public PostgresExpiryTests(PostgresExpiryApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
    }

    [Fact]
    public async Task UnpaidOrders_SweptByTwoInstancesAtOnce_AreEachCanceledExactlyOnce()
    {
        var admin = _first.Admin();
        var product = await admin.CreateProductAsync("Two sweepers lamp", 4m, 100);
        var placed = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            (i % 2 == 0 ? _first : _second).ClientFor($"pg-expiry-b{i:D2}").PlaceOrderOkAsync((product, 1))));
        (await admin.StockOfAsync(product)).ShouldBe(70);
        // The clock jumps a minute: a send in flight at that moment would outlive its claim's lease and may go out again
        // (the outbox is at-least-once), so the jump waits until the confirmations are out.
        await _first.Smtp.WaitForMessagesAsync(30, TimeSpan.FromSeconds(30), m => m.To.Contains("pg-expiry-b", StringComparison.Ordinal));

        // One clock for both instances: the move wakes both background sweeps at once.
        _first.Clock().ShouldBeSameAs(_second.Clock());
        _first.Clock().Advance(TimeSpan.FromSeconds(61));
        // Besides the two background sweeps the clock just woke, both instances sweep once more at the same moment.
        var start = new TaskCompletionSource();
        var sweeps = new[] { _first, _second }.Select(async api =>
        {
            await start.Task;
            return await api.Services.GetRequiredService<UnpaidOrderExpiry>().SweepAsync(CancellationToken.None);
        }).ToList();
        start.SetResult();
        await Task.WhenAll(sweeps);

        foreach (var order in placed)
        {
            var expired = await admin.GetOrderAsync(order.Id());
            expired.Status().ShouldBe("canceled");
            expired.Path().ShouldBe(["null>pending", "pending>canceled"]);
            expired.History()[^1]!["by"].Str().ShouldBe("system");
        }

        (await _second.Admin().StockOfAsync(product)).ShouldBe(100);
        var stripe = _first.Stripe;
        foreach (var order in placed)
        {
            var intent = StripeEvents.IntentOf(order);
            await Eventually.TrueAsync(() => Task.FromResult(stripe.CreatedIntents[intent].Status == "canceled"), $"intent {intent} canceled");
        }

        // Witnesses: an order placed on each instance once every cancellation email was in, expired the same way. Once
        // their cancel emails are in too, both dispatchers have passed the earlier ones, so a second copy would be here.
        await _first.Smtp.WaitForMessagesAsync(60, TimeSpan.FromSeconds(30), m => m.To.Contains("pg-expiry-b", StringComparison.Ordinal));
        var witnesses = await Task.WhenAll(new[] { _first, _second }.Select((api, i) => api.ClientFor($"pg-expiry-w{i}").PlaceOrderOkAsync((product, 1))));
        await _first.Smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(30), m => m.To.Contains("pg-expiry-w", StringComparison.Ordinal));
        _first.Clock().Advance(TimeSpan.FromSeconds(61));
        await _first.Smtp.WaitForMessagesAsync(4, TimeSpan.FromSeconds(30), m => m.To.Contains("pg-expiry-w", StringComparison.Ordinal));
        foreach (var witness in witnesses) (await admin.GetOrderAsync(witness.Id())).Status().ShouldBe("canceled");

        var mails = await _first.Smtp.WaitForMessagesAsync(60, TimeSpan.FromSeconds(30), m => m.To.Contains("pg-expiry-b", StringComparison.Ordinal));
        mails.Count.ShouldBe(60, "one confirmation and one cancellation per order");
        mails.Count(m => m.Subject.Contains("has been canceled", StringComparison.Ordinal)).ShouldBe(30);
        foreach (var order in placed)
            stripe.CallsTo($"/v1/payment_intents/{StripeEvents.IntentOf(order)}/cancel").Count.ShouldBe(1, "each intent is canceled once");
    }

    [Fact]
    public async Task TwelvePlacementsOfOneCustomer_SpreadOverTwoInstances_TakeExactlyTheLimit()
    {
        var product = await _first.Admin().CreateProductAsync("Two instances rush lamp", 4m, 100);
        var clients = new[] { _first.ClientFor("pg-unpaid-rush"), _second.ClientFor("pg-unpaid-rush") };
        var start = new TaskCompletionSource();

        var attempts = Enumerable.Range(0, 12).Select(async i =>
        {
            await start.Task;
            return await clients[i % 2].PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(attempts);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(3);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict))["code"].Str().ShouldBe("order.too_many_unpaid");
        (await _first.Admin().StockOfAsync(product)).ShouldBe(97);
    }

    public void Dispose() => _second.Dispose();
}
