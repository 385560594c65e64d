namespace Orders.Domain.Orders;

/// <summary>The status machine of API.md, written once as data; every verb of <see cref="Order"/> goes through it.</summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Next = new()
    {
        [OrderStatus.Pending] = [OrderStatus.Paid, OrderStatus.Canceled, OrderStatus.Rejected],
        [OrderStatus.Paid] = [OrderStatus.InPreparation, OrderStatus.Canceled, OrderStatus.Rejected],
        [OrderStatus.InPreparation] = [OrderStatus.Ready, OrderStatus.Canceled, OrderStatus.Rejected],
        [OrderStatus.Ready] = [OrderStatus.Shipped, OrderStatus.Delivered],
        [OrderStatus.Shipped] = [OrderStatus.Delivered],
    };

    public static IReadOnlyList<OrderStatus> From(OrderStatus status) => Next.GetValueOrDefault(status, []);

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => From(from).Contains(to);
}
