using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Webhooks;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>Order edits raced against a payment confirmation, a cancel, another edit at the same version and a placement
/// taking the same last units, round after round. Each round starts both requests together (no timing assumed) and
/// sends them to the two hosts in turn, so on PostgreSQL each kind of write reaches each instance; on SQLite both hosts
/// are the one host. Every round is then checked from the database: one writer won where the writes conflict and the
/// loser changed nothing, stock is conserved, totals add up, refunds stay within what was paid, the version grew by one
/// per successful write (and one per refund settled since), and each successful edit left one <c>order.edited</c> event
/// in the outbox.</summary>
public sealed class EditRaces(OrdersApiFactory first, OrdersApiFactory second, Action<string> log)
{
    // How each round ended, by the answers both racers got: written out so a run shows which interleavings it met.
    private readonly Dictionary<string, int> _outcomes = [];

    public const int Rounds = 10;

    private const int InitialStock = 1000;

    private HttpClient Admin => first.Admin();

    /// <summary>An edit raising an unpaid order's total against the provider confirming the old total: either the payment
    /// applies (the edit, made against the pending order, is stale: 412), or the edit commits and the payment of the old
    /// amount no longer matches the pending order (422 <c>payment.amount_mismatch</c>: the built-in provider's intent moved in
    /// the edit's own save, so no payment of the old total is due any more; or 409 when its save met the edit's); either
    /// way the loser changed nothing.</summary>
    public async Task EditRacingPaymentAsync(string tag)
    {
        var product = await Admin.CreateProductAsync($"Edit vs payment {tag}", 10m, InitialStock);
        var orders = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = Hosts(round);
            var order = await PlaceAsync(a, $"{tag}-pay-{round}", (product, 2));
            orders.Add(order.Id());
            var body = EditsApi.Body(EditsApi.Line(order.LineOf(product), 3));

            var (edit, pay) = await RaceAsync(
                () => a.Admin().EditAsync(order.Id(), body, EditsApi.ETagOf(order)),
                () => b.CreateClient().PostPaymentEventAsync(LifecycleApi.PaymentEvent(order)));

            var where = $"{tag} edit vs payment, round {round}";
            var edited = await WonAsync(edit, "edit", HttpStatusCode.OK, where, (HttpStatusCode.PreconditionFailed, "order.version_mismatch"));
            var paid = await WonAsync(pay, "pay", HttpStatusCode.OK, where,
                (HttpStatusCode.Conflict, "concurrency.conflict"), (HttpStatusCode.UnprocessableEntity, "payment.amount_mismatch"));
            (edited, paid).ShouldBeOneOf([(true, false), (false, true)], where);
            if (paid) (await pay.ReadJsonAsync())["result"].Str().ShouldBe("applied", where);

            var stored = await SettledAsync(order.Id(), where);
            AssertVersion(stored, order, writes: 1, where);
            if (edited)
            {
                (stored.Status, stored.PaymentStatus, stored.Edits.Count).ShouldBe((OrderStatus.Pending, PaymentStatus.RequiresPayment, 1), where);
                Units(stored, product).ShouldBe(3, where);
                // The intent follows the total the order now asks for.
                (await first.ManualIntentAmountAsync(stored.PaymentIntentId!)).ShouldBe(stored.Total, where);
            }
            else
            {
                (stored.Status, stored.Edits.Count, stored.AmountPaid).ShouldBe((OrderStatus.Paid, 0, Minor(order["total"].Dec())), where);
                Units(stored, product).ShouldBe(2, where);
            }

            await AssertConsistentAsync(stored, where);
        }

        await AssertStockConservedAsync(product, InitialStock, orders, tag);
    }

    /// <summary>An edit down against a cancel at the same If-Match version, on unpaid and paid orders in turn: one wins. A
    /// paid order edited down has one refund of exactly the difference; a paid order canceled is refunded whole.</summary>
    public async Task EditRacingCancelAsync(string tag)
    {
        var product = await Admin.CreateProductAsync($"Edit vs cancel {tag}", 10m, InitialStock);
        var orders = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = Hosts(round);
            var isPaid = round % 2 == 1;
            var order = await PlaceAsync(a, $"{tag}-cancel-{round}", (product, 3));
            if (isPaid) order = await PayAsync(b, order);
            orders.Add(order.Id());
            var body = EditsApi.Body(EditsApi.Line(order.LineOf(product), 1));

            var (edit, cancel) = await RaceAsync(
                () => a.Admin().EditAsync(order.Id(), body, EditsApi.ETagOf(order)),
                () => b.Admin().CancelAsync(order.Id(), "Customer asked", EditsApi.ETagOf(order)));

            var where = $"{tag} edit vs cancel, round {round} ({(isPaid ? "paid" : "unpaid")})";
            var edited = await WonAsync(edit, "edit", HttpStatusCode.OK, where, (HttpStatusCode.PreconditionFailed, "order.version_mismatch"));
            var canceled = await WonAsync(cancel, "cancel", HttpStatusCode.OK, where, (HttpStatusCode.PreconditionFailed, "order.version_mismatch"));
            (edited, canceled).ShouldBeOneOf([(true, false), (false, true)], where);

            var stored = await SettledAsync(order.Id(), where);
            AssertVersion(stored, order, writes: 1, where);
            var oldTotal = Minor(order["total"].Dec());
            if (edited)
            {
                stored.Status.ShouldBe(isPaid ? OrderStatus.Paid : OrderStatus.Pending, where);
                (stored.Edits.Count, Units(stored, product)).ShouldBe((1, 1), where);
                if (isPaid) AssertRefundedTheDifference(stored, oldTotal, where);
                else (await first.ManualIntentAmountAsync(stored.PaymentIntentId!)).ShouldBe(stored.Total, where);
            }
            else
            {
                (stored.Status, stored.Edits.Count, stored.Total).ShouldBe((OrderStatus.Canceled, 0, oldTotal), where);
                if (isPaid) stored.PaymentStatus.ShouldBe(PaymentStatus.Refunded, where);
                else stored.Refunds.ShouldBeEmpty(where);
            }

            await AssertConsistentAsync(stored, where);
        }

        await AssertStockConservedAsync(product, InitialStock, orders, tag);
    }

    /// <summary>Two edits at the same If-Match version, changing different lines: one commits, the other is stale. Unpaid
    /// orders are edited up (stock taken, the intent follows), paid ones down (one refund, of the winner's difference).</summary>
    public async Task EditRacingEditAsync(string tag)
    {
        var kept = await Admin.CreateProductAsync($"Edit vs edit kept {tag}", 10m, InitialStock);
        var other = await Admin.CreateProductAsync($"Edit vs edit other {tag}", 4m, InitialStock);
        var orders = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = Hosts(round);
            var isPaid = round % 2 == 1;
            var order = await PlaceAsync(a, $"{tag}-edits-{round}", (kept, 3), (other, 2));
            if (isPaid) order = await PayAsync(b, order);
            orders.Add(order.Id());
            var (keptTo, otherTo) = isPaid ? (2, 0) : (5, 4);

            var (one, two) = await RaceAsync(
                () => a.Admin().EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(kept), keptTo)), EditsApi.ETagOf(order)),
                () => b.Admin().EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(other), otherTo)), EditsApi.ETagOf(order)));

            var where = $"{tag} edit vs edit, round {round} ({(isPaid ? "paid" : "unpaid")})";
            var firstWon = await WonAsync(one, "one", HttpStatusCode.OK, where, (HttpStatusCode.PreconditionFailed, "order.version_mismatch"));
            var secondWon = await WonAsync(two, "two", HttpStatusCode.OK, where, (HttpStatusCode.PreconditionFailed, "order.version_mismatch"));
            (firstWon, secondWon).ShouldBeOneOf([(true, false), (false, true)], where);

            var stored = await SettledAsync(order.Id(), where);
            AssertVersion(stored, order, writes: 1, where);
            stored.Edits.Count.ShouldBe(1, where);
            (Units(stored, kept), Units(stored, other)).ShouldBe(firstWon ? (keptTo, 2) : (3, otherTo), where);
            if (isPaid) AssertRefundedTheDifference(stored, Minor(order["total"].Dec()), where);
            else (await first.ManualIntentAmountAsync(stored.PaymentIntentId!)).ShouldBe(stored.Total, where);
            await AssertConsistentAsync(stored, where);
        }

        await AssertStockConservedAsync(kept, InitialStock, orders, tag);
        await AssertStockConservedAsync(other, InitialStock, orders, tag);
    }

    /// <summary>An edit taking a product's last units against another customer's placement of the same units: one gets
    /// them, the other is 409 <c>product.insufficient_stock</c>, and the stock never goes below zero.</summary>
    public async Task EditTakingTheLastUnitsRacingAPlacementAsync(string tag)
    {
        const int Stock = 3;
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = Hosts(round);
            var product = await Admin.CreateProductAsync($"Last units {tag} {round}", 10m, Stock);
            var order = await PlaceAsync(a, $"{tag}-last-{round}", (product, 1));
            var rival = b.ClientFor($"{tag}-rival-{round}");

            var (edit, placement) = await RaceAsync(
                () => a.Admin().EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(product), Stock)), EditsApi.ETagOf(order)),
                () => rival.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, Stock - 1))));

            var where = $"{tag} last units, round {round}";
            var edited = await WonAsync(edit, "edit", HttpStatusCode.OK, where, (HttpStatusCode.Conflict, "product.insufficient_stock"));
            var placed = await WonAsync(placement, "placement", HttpStatusCode.Created, where, (HttpStatusCode.Conflict, "product.insufficient_stock"));
            (edited, placed).ShouldBeOneOf([(true, false), (false, true)], where);

            var orders = new List<string> { order.Id() };
            if (placed) orders.Add((await placement.ReadJsonAsync()).Id());
            var stored = await SettledAsync(order.Id(), where);
            AssertVersion(stored, order, writes: edited ? 1 : 0, where);
            Units(stored, product).ShouldBe(edited ? Stock : 1, where);
            (await StockAsync(product)).ShouldBe(0, where);
            await AssertConsistentAsync(stored, where);
            await AssertStockConservedAsync(product, Stock, orders, where);
        }
    }

    /// <summary>Writes how the answers fell, per racer kind and answer.</summary>
    public void LogOutcomes()
    {
        foreach (var (outcome, count) in _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)) log($"{count,3} × {outcome}");
    }

    // Even rounds send the edit to the first host, odd ones to the second, so each write is raced from both instances.
    private (OrdersApiFactory A, OrdersApiFactory B) Hosts(int round) => round % 2 == 0 ? (first, second) : (second, first);

    private async Task<JsonObject> PlaceAsync(OrdersApiFactory host, string buyer, params (string ProductId, int Quantity)[] items)
    {
        var placed = await host.ClientFor(buyer).PlaceOrderOkAsync(items);
        return await Admin.GetOrderAsync(placed.Id());
    }

    private async Task<JsonObject> PayAsync(OrdersApiFactory host, JsonObject order)
    {
        await host.CreateClient().PayAsync(order);
        return await Admin.GetOrderAsync(order.Id());
    }

    /// <summary>Starts both requests together: each waits on one signal, set once both are scheduled.</summary>
    private static async Task<(HttpResponseMessage One, HttpResponseMessage Two)> RaceAsync(
        Func<Task<HttpResponseMessage>> one, Func<Task<HttpResponseMessage>> two)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(async () => { await start.Task; return await one(); });
        var second = Task.Run(async () => { await start.Task; return await two(); });
        start.SetResult();
        return (await first, await second);
    }

    /// <summary>Whether the request won (<paramref name="won"/>); otherwise it must have lost in one of the
    /// <paramref name="lost"/> ways, with that problem code. Either way the answer is tallied under <paramref name="racer"/>.</summary>
    private async Task<bool> WonAsync(HttpResponseMessage response, string racer, HttpStatusCode won, string where, params (HttpStatusCode Status, string Code)[] lost)
    {
        var body = await response.Content.ReadAsStringAsync();
        var code = response.StatusCode != won && response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true
            ? JsonNode.Parse(body)?["code"]?.GetValue<string>()
            : null;
        var outcome = $"{where[..where.IndexOf(',', StringComparison.Ordinal)]}, {racer}: {(int)response.StatusCode} {code}".TrimEnd();
        _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
        if (response.StatusCode == won) return true;
        lost.ShouldContain((response.StatusCode, code ?? ""), $"{where}: {(int)response.StatusCode} {body}");
        return false;
    }

    /// <summary>The order as stored, once the refunds its round asked for have settled (the outbox gives them back
    /// moments after the commit).</summary>
    private async Task<Order> SettledAsync(string orderId, string where)
    {
        Order? stored = null;
        await Eventually.TrueAsync(async () =>
        {
            stored = await StoredAsync(orderId);
            return stored.Refunds.All(r => r.Status != RefundStatus.Pending) && stored.PaymentStatus != PaymentStatus.RefundPending;
        }, Eventually.DefaultTimeout, () => $"{where}: the refunds of {orderId} settled");
        return stored!;
    }

    private async Task<Order> StoredAsync(string orderId)
    {
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        return await db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId);
    }

    private async Task<int> StockAsync(string productId)
    {
        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        return await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => p.Stock).SingleAsync();
    }

    /// <summary>One version per successful racing write, and one per refund settled by the outbox since.</summary>
    private static void AssertVersion(Order stored, JsonObject before, int writes, string where) =>
        stored.Version.ShouldBe(before.Version() + writes + stored.Refunds.Count(r => r.Status != RefundStatus.Pending), where);

    private static void AssertRefundedTheDifference(Order stored, long oldTotal, string where)
    {
        var refund = stored.Refunds.ShouldHaveSingleItem(where);
        refund.Amount.ShouldBe(oldTotal - stored.Total, where);
        refund.Status.ShouldBe(RefundStatus.Succeeded, where);
        stored.Edits.ShouldHaveSingleItem(where).RefundId.ShouldBe(refund.Id, where);
    }

    /// <summary>Totals that add up, refunds within what was paid, and one <c>order.edited</c> event in the outbox per edit
    /// kept on the order.</summary>
    private async Task AssertConsistentAsync(Order stored, string where)
    {
        foreach (var line in stored.Lines) line.LineTotal.ShouldBe(line.UnitPrice * line.Quantity, where);
        stored.Subtotal.ShouldBe(stored.Lines.Sum(l => l.LineTotal), where);
        stored.Total.ShouldBe(stored.Subtotal - stored.DiscountAmount + stored.Tax + stored.ShippingCost, where);
        stored.Refunds.Where(r => r.Status is RefundStatus.Pending or RefundStatus.Succeeded).Sum(r => r.Amount).ShouldBeLessThanOrEqualTo(stored.AmountPaid, where);

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var events = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.OrderId == stored.Id && m.EventType == WebhookEvents.OrderEdited).Select(m => m.EventId).Distinct().CountAsync();
        events.ShouldBe(stored.Edits.Count, where);
    }

    /// <summary>The product's initial stock equals what it has left plus every unit the orders hold (an ended order holds
    /// none).</summary>
    private async Task AssertStockConservedAsync(string productId, int initial, IReadOnlyList<string> orderIds, string where)
    {
        var held = 0;
        foreach (var id in orderIds)
        {
            var order = await StoredAsync(id);
            if (order.Status is not (OrderStatus.Canceled or OrderStatus.Rejected)) held += Units(order, productId);
        }

        (await StockAsync(productId) + held).ShouldBe(initial, where);
    }

    private static int Units(Order order, string productId) =>
        order.Lines.Where(l => l.ProductId == productId).Sum(l => l.Quantity - l.Canceled);

    private static long Minor(decimal major) => (long)(major * 100m);
}
