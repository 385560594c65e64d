using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>What follows when an order ends unfulfilled (canceled or rejected): its stock goes back to the catalog and
/// its discount redemption is released, in the unit of work that ends it. Money taken is refunded from the outbox after
/// that commits (the order raised <see cref="Domain.Orders.Events.RefundRequested"/>), with its credit note issued in the
/// same unit of work.</summary>
public sealed class OrderSettlement(IStockReservations stock, IDiscountRedemptions redemptions, CreditNoteNumbering creditNotes)
{
    public void Settle(Order order)
    {
        if (order.Status is not (OrderStatus.Canceled or OrderStatus.Rejected))
            throw new InvalidOperationException("Only canceled or rejected orders are settled.");
        // In product-id order, as placing an order reserves them, so that on PostgreSQL the two never lock rows in opposite orders.
        foreach (var line in order.Lines.OrderBy(l => l.ProductId, StringComparer.Ordinal)) stock.Release(line.ProductId, line.Quantity);
        if (order.DiscountCode is { } code) redemptions.Release(code);
        creditNotes.IssueOnSave(order);
    }
}
