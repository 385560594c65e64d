using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>Gives a new order its number (per month in the shop's time zone) in a unit of work of its own, before the
/// payment intent that names it is opened and so before the order's own: a number whose placement then fails is skipped
/// (numbers are unique and increasing, not gap-free). Under an idempotency key the number is kept with the key, so a
/// retry reuses it and the provider's intent, keyed by the order id, still names the right number.</summary>
public sealed class OrderNumbering(INumberSequences sequences, IUnitOfWork uow, ShopOptions shop)
{
    public async Task<Result<OrderNumber>> TakeAsync(IdempotencyRecord? key, DateTimeOffset now, CancellationToken ct)
    {
        if (key?.OrderNumber is { } kept) return new OrderNumber(kept);
        var local = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone());
        OrderNumber? taken = null;
        sequences.TakeOnSave(OrderNumber.SequenceName(local.Year, local.Month), value =>
        {
            taken = OrderNumber.For(local.Year, local.Month, value);
            key?.AssignNumber(taken.Value.Value);
            return Result.Success();
        });
        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? taken!.Value : saved.Failed();
    }
}
