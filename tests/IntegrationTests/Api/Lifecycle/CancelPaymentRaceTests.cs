using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class CancelPaymentRaceTests(LifecycleApiFactory factory, ITestOutputHelper output) : IClassFixture<LifecycleApiFactory>
{
    private const int Rounds = 20;
    private const int InitialStock = 1000;

    [Fact]
    public async Task CancelRacingPayment_TwentyRounds_EveryOrderEndsConsistentAndStockIsConserved()
    {
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync("Raced item", 12.34m, InitialStock);
        var owner = factory.ClientFor("racing-customer");
        var provider = factory.CreateClient();
        var orders = new List<string>();
        var outcomes = new Dictionary<string, int>();

        for (var round = 0; round < Rounds; round++)
        {
            var placed = await owner.PlaceOrderOkAsync((product, 1 + (round % 3)));
            orders.Add(placed.Id());
            var start = new TaskCompletionSource();
            var cancel = Task.Run(async () => { await start.Task; return await owner.CancelAsync(placed.Id(), "Changed my mind"); });
            var pay = Task.Run(async () => { await start.Task; return await provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(placed)); });
            start.SetResult();
            var cancelResponse = await cancel;
            var payResponse = await pay;

            var cancelBody = await cancelResponse.Content.ReadAsStringAsync();
            var payBody = await payResponse.Content.ReadAsStringAsync();
            cancelResponse.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.Conflict], $"cancel, round {round}: {cancelBody}");
            payResponse.StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.Conflict], $"payment, round {round}: {payBody}");

            var order = await admin.GetOrderAsync(placed.Id());
            var outcome = $"{order.Status()}/{order.PaymentStatus()}/{string.Join(' ', order.Path())}";
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            AssertConsistent(order, cancelResponse.StatusCode, payResponse.StatusCode == HttpStatusCode.OK ? JsonNode.Parse(payBody)!["result"].Str() : null, round);
        }

        foreach (var (outcome, count) in outcomes) output.WriteLine($"{count,3} × {outcome}");

        var held = 0;
        foreach (var id in orders)
        {
            var order = await admin.GetOrderAsync(id);
            if (order.Status() is not ("canceled" or "rejected")) held += order["items"]![0]!["quantity"]!.GetValue<int>();
        }

        (await admin.StockOfAsync(product) + held).ShouldBe(InitialStock);
    }

    private static void AssertConsistent(JsonObject order, HttpStatusCode cancel, string? paymentResult, int round)
    {
        var path = order.Path();
        var where = $"round {round}: {order.ToJsonString()}";
        path[0].ShouldBe("null>pending", where);
        for (var i = 1; i < path.Length; i++) path[i].Split('>')[0].ShouldBe(path[i - 1].Split('>')[1], where);

        switch (order.Status())
        {
            case "paid":
                cancel.ShouldBe(HttpStatusCode.Conflict, where);
                paymentResult.ShouldBe("applied", where);
                path.ShouldBe(["null>pending", "pending>paid"], where);
                order.PaymentStatus().ShouldBe("succeeded", where);
                order["paidAt"].ShouldNotBeNull(where);
                order["canceledAt"].ShouldBeNull(where);
                break;
            case "canceled":
                cancel.ShouldBe(HttpStatusCode.OK, where);
                order.PaymentStatus().ShouldBeOneOf(["requires_payment", "refund_pending", "refunded"], where);
                order["canceledAt"].ShouldNotBeNull(where);
                order["cancelReason"].Str().ShouldBe("Changed my mind", where);
                if (path.Length == 3)
                {
                    // Paid first, then canceled: the payment went back.
                    path.ShouldBe(["null>pending", "pending>paid", "paid>canceled"], where);
                    paymentResult.ShouldBe("applied", where);
                    order.PaymentStatus().ShouldBeOneOf(["refund_pending", "refunded"], where);
                    order["paidAt"].ShouldNotBeNull(where);
                }
                else
                {
                    // Canceled first: money that arrived afterwards was refunded; money that never arrived is still owed nothing.
                    path.ShouldBe(["null>pending", "pending>canceled"], where);
                    order["paidAt"].ShouldBeNull(where);
                    if (paymentResult is "refund_queued") order.PaymentStatus().ShouldBeOneOf(["refund_pending", "refunded"], where);
                    else order.PaymentStatus().ShouldBe("requires_payment", where);
                }

                break;
            default:
                throw new ShouldAssertException($"Impossible final status {order.Status()} in {where}");
        }
    }
}
