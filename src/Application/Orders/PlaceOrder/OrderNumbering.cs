using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>Gives a new order its number (per month in the shop's time zone) before the payment intent that names it is
/// opened and so before the order's own unit of work, taken at once (<see cref="INumberSequences.TakeAtOnceAsync"/>) so
/// that placements never queue on one counter: a number whose placement then fails is skipped (numbers are unique and
/// increasing, not gap-free, decision 0003). Under an idempotency key the number is kept with the key (a save, of the
/// key's row only), so a retry reuses it and the provider's intent, keyed by the order id, still names the right
/// number.</summary>
public sealed class OrderNumbering(INumberSequences sequences, IUnitOfWork uow, ShopOptions shop)
{
    public async Task<Result<OrderNumber>> TakeAsync(IdempotencyRecord? key, DateTimeOffset now, CancellationToken ct)
    {
        if (key?.OrderNumber is { } kept) return new OrderNumber(kept);
        var local = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone());
        var value = await sequences.TakeAtOnceAsync(OrderNumber.SequenceName(local.Year, local.Month), ct);
        if (!value.IsSuccess) return value.Failed();
        var taken = OrderNumber.For(local.Year, local.Month, value.Value);
        if (key is null) return taken;

        key.AssignNumber(taken.Value);
        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? taken : saved.Failed();
    }
}
