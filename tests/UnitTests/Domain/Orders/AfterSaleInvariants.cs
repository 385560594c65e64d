using Orders.Domain.Orders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>What must hold of an order after any after-sale verb, whatever came before: the caps of the quantity ledger,
/// the ledger agreeing with the shipments, returns and refunds it sums, the money, the payment and fulfillment statuses,
/// and stock conserved against the model the walk keeps.</summary>
internal static class AfterSaleInvariants
{
    public static void Check(Order order, InMemoryStockReservations stock, int startingStock, string context)
    {
        var pickup = order.ShippingMethod == ShippingMethod.Pickup;
        var counting = order.Refunds.Where(r => r.Status is RefundStatus.Pending or RefundStatus.Succeeded).ToList();
        var paidTotals = order.PaidTotals();

        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            var at = $"line {line.Id} ({line.Quantity} ordered, {line.Canceled} canceled, {line.Shipped} shipped, {line.Delivered} delivered, " +
                     $"{line.Returned} returned, {line.Refunded} refunded) {context}";
            Math.Min(Math.Min(line.Canceled, line.Shipped), Math.Min(Math.Min(line.Delivered, line.Returned), line.Refunded)).ShouldBeGreaterThanOrEqualTo(0, at);

            // The caps.
            line.Shipped.ShouldBeLessThanOrEqualTo(line.Quantity - line.Canceled, at);
            line.Delivered.ShouldBeLessThanOrEqualTo(pickup ? line.Quantity - line.Canceled : line.Shipped, at);
            var inOpenReturns = order.Returns.Sum(r => r.OutstandingOf(line.Id));
            (line.Returned + inOpenReturns).ShouldBeLessThanOrEqualTo(line.Delivered, at);
            line.Refunded.ShouldBeLessThanOrEqualTo(line.Quantity, at);

            // The ledger is the sum of what the sub-resources say.
            order.Shipments.SelectMany(s => s.Lines).Where(l => l.OrderLineId == line.Id).Sum(l => l.Quantity).ShouldBe(line.Shipped, at);
            if (!pickup)
                order.Shipments.Where(s => s.Status == ShipmentStatus.Delivered).SelectMany(s => s.Lines)
                    .Where(l => l.OrderLineId == line.Id).Sum(l => l.Quantity).ShouldBe(line.Delivered, at);
            order.Returns.SelectMany(r => r.Lines).Where(l => l.OrderLineId == line.Id).Sum(l => l.Received).ShouldBe(line.Returned, at);
            var refundLines = counting.SelectMany(r => r.Lines).Where(l => l.OrderLineId == line.Id).ToList();
            refundLines.Sum(l => l.Quantity).ShouldBe(line.Refunded, at);

            // Units are refunded at what they cost: never more than the line's paid total, exactly it once every unit is.
            var refundedForLine = refundLines.Sum(l => l.Amount);
            refundedForLine.ShouldBeLessThanOrEqualTo(paidTotals[i], $"refunded for the line, paid {paidTotals[i]}: {at}");
            if (line.Refunded == line.Quantity)
                refundedForLine.ShouldBe(paidTotals[i], $"every unit refunded, the line's paid total: {at}");

            // Stock: what went back (settlement and restocks, by the model) plus what is still out equals the start.
            var restocked = order.Returns.SelectMany(r => r.Lines).Where(l => l.OrderLineId == line.Id).Sum(l => l.Restocked);
            var stillOut = line.Quantity - line.Canceled - restocked;
            (stock.Available(line.ProductId) + stillOut).ShouldBe(startingStock, $"stock of {line.ProductId}, {stillOut} units out: {at}");
        }

        foreach (var ret in order.Returns)
            foreach (var l in ret.Lines)
                l.Received.ShouldBeLessThanOrEqualTo(l.Quantity, $"return {ret.Id} {context}");

        // Money.
        var pendingOrSucceeded = counting.Sum(r => r.Amount);
        pendingOrSucceeded.ShouldBeLessThanOrEqualTo(order.AmountPaid, $"refunds pending and succeeded {context}");
        order.RefundableTotal.ShouldBe(order.AmountPaid - pendingOrSucceeded, context);
        counting.Sum(r => r.Shipping).ShouldBeLessThanOrEqualTo(order.ShippingCost, $"shipping refunded {context}");
        foreach (var refund in order.Refunds)
        {
            refund.Amount.ShouldBe(refund.Lines.Sum(l => l.Amount) + refund.Shipping + refund.Adjustment, $"refund {refund.Id} {context}");
            refund.Amount.ShouldBeGreaterThan(0, $"refund {refund.Id} {context}");
        }

        var succeeded = order.Refunds.Where(r => r.Status == RefundStatus.Succeeded).Sum(r => r.Amount);
        order.RefundedTotal.ShouldBe(succeeded, context);
        var expectedPayment = order.Refunds.Any(r => r.Status == RefundStatus.Pending) ? PaymentStatus.RefundPending
            : succeeded == 0 ? PaymentStatus.Succeeded
            : succeeded < order.AmountPaid ? PaymentStatus.PartiallyRefunded
            : PaymentStatus.Refunded;
        order.PaymentStatus.ShouldBe(expectedPayment, $"payment status {context}");

        // Every refund has its credit note, for its amount, each number once.
        order.CreditNotes.Select(c => c.RefundId).ShouldBe(order.Refunds.Select(r => r.Id), ignoreOrder: true, context);
        order.CreditNotes.Select(c => c.Number).ShouldBeUnique(context);
        foreach (var note in order.CreditNotes)
            note.Amount.ShouldBe(order.Refunds.Single(r => r.Id == note.RefundId).Amount, $"credit note {note.Number} {context}");

        CheckFulfillment(order, pickup, context);
    }

    private static void CheckFulfillment(Order order, bool pickup, string context)
    {
        // A pickup order is unfulfilled until it is handed over, unless it was shipped after all: then the ledger tells.
        var expected = pickup && (order.Status == OrderStatus.Delivered || order.Shipments.Count == 0)
            ? order.Status == OrderStatus.Delivered ? FulfillmentStatus.Delivered : FulfillmentStatus.Unfulfilled
            : order.Lines.All(l => l.Shipped == 0) ? FulfillmentStatus.Unfulfilled
            : order.Lines.Any(l => l.Quantity - l.Canceled - l.Shipped > 0) ? FulfillmentStatus.PartiallyShipped
            : order.Lines.All(l => l.Delivered == l.Shipped) ? FulfillmentStatus.Delivered
            : FulfillmentStatus.Shipped;
        order.FulfillmentStatus.ShouldBe(expected, $"fulfillment {context}");

        // And the status machine agrees with it.
        FulfillmentStatus[] allowed = order.Status switch
        {
            OrderStatus.Ready => [FulfillmentStatus.Unfulfilled, FulfillmentStatus.PartiallyShipped],
            OrderStatus.Shipped => [FulfillmentStatus.Shipped],
            OrderStatus.Delivered => [FulfillmentStatus.Delivered],
            _ => [FulfillmentStatus.Unfulfilled],
        };
        order.FulfillmentStatus.ShouldBeOneOf(allowed, $"fulfillment of a {order.Status} order {context}");
    }
}
