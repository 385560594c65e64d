using System.Globalization;
using Orders.Application.Common;
using Orders.Application.Invoices;
using Orders.Domain.Orders;

namespace Orders.Application.CreditNotes;

/// <summary>Issues the credit note of every refund the order created in the current unit of work, numbered inside that
/// unit's save from the per-year series <c>FR-YYYY-NNNNNNNN</c>: unique across instances and without gaps, like invoice
/// numbers, since a save that fails gives its numbers back. What each credit note says is frozen in the same save
/// (<see cref="IssuedCreditNote"/>); an order without an invoice gets its invoice first, as a credit note corrects one.
/// </summary>
public sealed class CreditNoteNumbering(
    INumberSequences sequences, InvoiceNumbering invoices, ICreditNoteArchive archive, CreditNoteDocument document,
    ShopOptions shop, TimeProvider clock)
{
    /// <param name="order">The order whose refunds were just created.</param>
    /// <param name="invoiceAsPaid">What the order's invoice is to say if this save issues it, taken before the change (an
    /// edit); null: the order as it stands.</param>
    public void IssueOnSave(Order order, InvoiceData? invoiceAsPaid = null)
    {
        var refunds = order.RefundsWithoutCreditNote.ToList();
        if (refunds.Count == 0) return;
        invoices.IssueWithRefundOnSave(order, invoiceAsPaid);

        var now = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone()).Year;
        // Taken now, while the ledger holds just these refunds beyond what it held before the change.
        var taxes = order.TaxIncludedIn(refunds);
        foreach (var (refund, lineTaxes) in refunds.Zip(taxes))
        {
            sequences.TakeOnSave(string.Create(CultureInfo.InvariantCulture, $"credit_note:{year}"), value =>
            {
                var number = string.Create(CultureInfo.InvariantCulture, $"FR-{year}-{value:D8}");
                var issued = order.IssueCreditNote(refund.Id, number, now);
                if (issued.IsSuccess)
                    archive.Add(new IssuedCreditNote(number, order.Id, refund.Id, document.For(order, refund, lineTaxes, number, now), now));
                return issued;
            });
        }
    }
}
