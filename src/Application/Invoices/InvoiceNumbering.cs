using System.Globalization;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>Gives an order its invoice number from the per-year series (<c>FV-YYYY-NNNNNNNN</c>) and freezes what the
/// invoice says (<see cref="IssuedInvoice"/>) in the same save, so the document printed later outside any transaction
/// shows the order as it was at issue. The series has no gaps: a save that fails gives its number back.</summary>
public sealed class InvoiceNumbering(
    INumberSequences sequences, IOrderRepository orders, IInvoiceArchive archive, InvoiceDocument document, IUnitOfWork uow,
    ShopOptions shop, TimeProvider clock)
{
    /// <summary>Issues the invoice of a paid order in a unit of work of its own. When a concurrent download issued it
    /// first, that one stands.</summary>
    public async Task<Result<Order>> AssignAsync(Order order, CancellationToken ct)
    {
        if (order.InvoiceNumber is not null)
        {
            // Numbered by an older build, which kept only the document, and never printed: freeze it now.
            archive.Add(new IssuedInvoice(order.Id, order.InvoiceNumber, document.For(order), order.InvoicedAt!.Value));
        }
        else
        {
            TakeOnSave(order, order.AssignInvoiceNumber);
        }

        var saved = await uow.SaveChangesAsync(ct);
        if (saved.IsSuccess) return order;
        if (saved.Code() != UnitOfWorkErrors.ConflictCode) return saved.Failed();

        // The failed save dropped this copy (its number too); the stored order tells whether another download won.
        var stored = await orders.FindAsync(new OrderRef(order.Id), ct);
        return stored?.InvoiceNumber is not null ? stored : saved.Failed();
    }

    /// <summary>Queues the invoice of an order that has none yet for the save of the change that refunds it: a credit
    /// note corrects an invoice, so the order gets one first, in that same transaction. It shows the order as it stands at
    /// the save, or <paramref name="asPaid"/> (<see cref="InvoiceDocument.Content"/> taken before the change) when the
    /// change altered what the customer bought: an edit's invoice shows the order as it was paid, its credit note the
    /// difference.</summary>
    public void IssueWithRefundOnSave(Order order, InvoiceData? asPaid = null)
    {
        if (order.InvoiceNumber is null) TakeOnSave(order, order.AssignInvoiceNumberForRefund, asPaid);
    }

    private void TakeOnSave(Order order, Func<string, DateTimeOffset, Result> assign, InvoiceData? content = null)
    {
        var now = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone()).Year;
        sequences.TakeOnSave(string.Create(CultureInfo.InvariantCulture, $"invoice:{year}"), value =>
        {
            var assigned = assign(string.Create(CultureInfo.InvariantCulture, $"FV-{year}-{value:D8}"), now);
            if (assigned.IsSuccess)
            {
                var data = content is null ? document.For(order) : document.Numbered(content, order.InvoiceNumber!, order.InvoicedAt!.Value);
                archive.Add(new IssuedInvoice(order.Id, order.InvoiceNumber!, data, now));
            }

            return assigned;
        });
    }
}
