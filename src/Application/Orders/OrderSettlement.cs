using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>What follows when an order ends unfulfilled (canceled or rejected): its stock goes back to the catalog,
/// its discount redemption is released, and money taken is refunded. Runs inside the ending transaction.</summary>
public sealed class OrderSettlement(IStockReservations stock, IDiscountRedemptions redemptions, IPaymentProvider payments, TimeProvider clock)
{
    public async Task SettleAsync(Order order, CancellationToken ct)
    {
        if (order.Status is not (OrderStatus.Canceled or OrderStatus.Rejected))
            throw new InvalidOperationException("Only canceled or rejected orders are settled.");
        // In product-id order, as placing an order reserves them, so that on PostgreSQL the two never lock rows in opposite orders.
        foreach (var line in order.Lines.OrderBy(l => l.ProductId, StringComparer.Ordinal)) await stock.ReleaseAsync(line.ProductId, line.Quantity, ct);
        if (order.DiscountCode is { } code) await redemptions.ReleaseAsync(code, ct);
        await RefundIfNeededAsync(order, ct);
    }

    public async Task RefundIfNeededAsync(Order order, CancellationToken ct)
    {
        if (!order.NeedsRefund) return;
        var refundId = await payments.RefundAsync(order, ct);
        order.MarkRefunded(refundId, clock.GetUtcNow());
    }
}
