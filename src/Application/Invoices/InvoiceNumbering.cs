using System.Globalization;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>Gives a paid order its invoice number from the per-year series (<c>FV-YYYY-NNNNNNNN</c>) in a unit of work
/// of its own, so the number is kept before the document is rendered outside any transaction. The series has no gaps: a
/// save that fails gives its number back. When a concurrent download numbered the order first, that number stands.</summary>
public sealed class InvoiceNumbering(INumberSequences sequences, IOrderRepository orders, IUnitOfWork uow, ShopOptions shop, TimeProvider clock)
{
    public async Task<Result<Order>> AssignAsync(Order order, CancellationToken ct)
    {
        if (order.InvoiceNumber is not null) return order;
        var now = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone()).Year;
        sequences.TakeOnSave(string.Create(CultureInfo.InvariantCulture, $"invoice:{year}"),
            value => order.AssignInvoiceNumber(string.Create(CultureInfo.InvariantCulture, $"FV-{year}-{value:D8}"), now));
        var saved = await uow.SaveChangesAsync(ct);
        if (saved.IsSuccess) return order;
        if (saved.Code() != UnitOfWorkErrors.ConflictCode) return saved.Failed();

        // The failed save dropped this copy (its number too); the stored order tells whether another download won.
        var stored = await orders.FindAsync(new OrderRef(order.Id), ct);
        return stored?.InvoiceNumber is not null ? stored : saved.Failed();
    }
}
