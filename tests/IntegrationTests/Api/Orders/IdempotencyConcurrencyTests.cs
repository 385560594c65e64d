using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Orders;

/// <summary>One Idempotency-Key sent by eight requests at once (a client retrying impatiently) on SQLite: one order,
/// and every answer is that order or a 409 to retry — never a stock or number error.</summary>
public sealed class IdempotencyConcurrencyTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Fact]
    public async Task EightSimultaneousRequestsWithOneKey_PlaceExactlyOneOrder_AndEveryAnswerIsItOr409WithRetryAfter()
    {
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync("Impatient item", 10m, 100);
        var buyer = factory.ClientFor("impatient");

        var answers = await IdempotentRush.SendAsync(Enumerable.Repeat(buyer, 8), ApiClientExtensions.OrderBody((product, 3)), "one-key");

        var orderId = await IdempotentRush.ShouldBeOneOrderAsync(answers);
        (await admin.StockOfAsync(product)).ShouldBe(97);
        var mine = await (await buyer.GetAsync("/api/orders")).ShouldBeAsync(HttpStatusCode.OK);
        mine["total"]!.GetValue<int>().ShouldBe(1);
        mine["items"]![0]!["id"].Str().ShouldBe(orderId);
    }
}
