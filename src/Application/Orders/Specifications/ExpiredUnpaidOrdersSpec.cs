using Orders.Domain.Orders;

namespace Orders.Application.Orders.Specifications;

/// <summary>The oldest orders paid by <paramref name="method"/> that are still pending, their payment not succeeded,
/// placed before <paramref name="placedBefore"/>: a batch of at most <paramref name="take"/> for the expiry sweep.</summary>
public sealed class ExpiredUnpaidOrdersSpec : Specification<Order>
{
    public ExpiredUnpaidOrdersSpec(PaymentMethod method, DateTimeOffset placedBefore, int take)
    {
        Query.AsNoTracking()
            .Where(o => o.Status == OrderStatus.Pending && o.PaymentStatus != PaymentStatus.Succeeded)
            .Where(o => o.PaymentMethod == method && o.CreatedAt < placedBefore)
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .Take(take);
    }
}
