using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>An order's lines as items, each with its ledger and what it cost the customer (which the order computes from
/// all its lines at once, so no per-line mapping can).</summary>
internal static class OrderItems
{
    public static List<OrderLineDto> Of(Order order)
    {
        var paid = order.PaidTotals();
        return [.. order.Lines.Select((l, i) => new OrderLineDto
        {
            Id = l.Id, ProductId = l.ProductId, ProductName = l.ProductName, ProductImage = l.ProductImage, UnitPrice = l.UnitPrice,
            Quantity = l.Quantity, LineTotal = l.LineTotal, PaidTotal = paid[i],
            Quantities = new LineQuantitiesDto
            {
                Ordered = l.Quantity, Canceled = l.Canceled, Shipped = l.Shipped, Delivered = l.Delivered, Returned = l.Returned, Refunded = l.Refunded,
            },
        })];
    }
}
