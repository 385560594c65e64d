using Orders.Application.Common;
using Orders.Application.Orders.Specifications;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ExpireUnpaid;

/// <summary>Cancels, as the system, every order still pending with its payment not succeeded past its method's
/// <see cref="PaymentOptions.ExpiryFor"/>: exactly as a cancel (stock and discount back, the intent canceled at the
/// provider from the outbox, email and webhook), one save per order. Several instances may sweep at once: the order's
/// version makes a second canceler's save fail, and that loser just skips the order.</summary>
public sealed class ExpireUnpaidOrdersHandler(
    IReadRepository<Order> finder, IOrderRepository orders, OrderSettlement settlement, IUnitOfWork uow, PaymentOptions payments,
    TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(ExpireUnpaidOrdersCommand cmd, CancellationToken ct)
    {
        var expired = 0;
        foreach (var method in Enum.GetValues<PaymentMethod>())
        {
            var after = payments.ExpiryFor(method);
            if (after <= TimeSpan.Zero) continue;
            for (var batch = 0; batch < cmd.MaxBatches; batch++)
            {
                var now = clock.GetUtcNow();
                var found = await finder.ListAsync<ExpiringOrderDto>(new ExpiredUnpaidOrdersSpec(method, now - after, cmd.BatchSize), ct);
                foreach (var candidate in found)
                    if (await ExpireAsync(candidate.Id, after, ct)) expired++;
                if (found.Count < cmd.BatchSize) break;
            }
        }

        return expired;
    }

    private async Task<bool> ExpireAsync(string orderId, TimeSpan after, CancellationToken ct)
    {
        var order = await orders.FindAsync(new OrderRef(orderId), ct);
        // Paid, canceled or expired by another instance since it was found: nothing left to do here.
        if (order is null || !order.ExpireUnpaid(after, clock.GetUtcNow()).IsSuccess) return false;
        settlement.Settle(order);
        // A failed save (another instance expired it first, or the payment landed at that moment) drops this order's changes.
        return (await uow.SaveChangesAsync(ct)).IsSuccess;
    }
}
