using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>Gives a new order its number (per month in the shop's time zone) before the payment intent that names it is
/// opened and so before the order's own unit of work: a number whose placement then fails is skipped (numbers are unique
/// and increasing, not gap-free, decision 0003). Where the database has a counter that never waits
/// (<see cref="INumberSequences.TakeAtOnceAsync"/>, PostgreSQL) the number is taken from it with no unit of work at all,
/// so placements do not queue on one locked counter row; elsewhere in a unit of work of its own. Under an idempotency key
/// the number is kept with the key (a save, of the key's row only), so a retry reuses it and the provider's intent,
/// keyed by the order id, still names the right number.</summary>
public sealed class OrderNumbering(INumberSequences sequences, IUnitOfWork uow, ShopOptions shop)
{
    public async Task<Result<OrderNumber>> TakeAsync(IdempotencyRecord? key, DateTimeOffset now, CancellationToken ct)
    {
        if (key?.OrderNumber is { } kept) return new OrderNumber(kept);
        var local = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone());
        var name = OrderNumber.SequenceName(local.Year, local.Month);
        OrderNumber? taken = null;
        if (await sequences.TakeAtOnceAsync(name, ct) is { } value)
        {
            taken = OrderNumber.For(local.Year, local.Month, value);
            if (key is null) return taken.Value;
            key.AssignNumber(taken.Value.Value);
        }
        else
        {
            sequences.TakeOnSave(name, next =>
            {
                taken = OrderNumber.For(local.Year, local.Month, next);
                key?.AssignNumber(taken.Value.Value);
                return Result.Success();
            });
        }

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? taken!.Value : saved.Failed();
    }
}
