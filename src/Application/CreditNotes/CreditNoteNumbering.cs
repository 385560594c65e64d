using System.Globalization;
using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.CreditNotes;

/// <summary>Issues the credit note of every refund the order created in the current unit of work, numbered inside that
/// unit's save from the per-year series <c>FR-YYYY-NNNNNNNN</c>: unique across instances and without gaps, like invoice
/// numbers, since a save that fails gives its numbers back.</summary>
public sealed class CreditNoteNumbering(INumberSequences sequences, ShopOptions shop, TimeProvider clock)
{
    public void IssueOnSave(Order order)
    {
        var now = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone()).Year;
        foreach (var refund in order.RefundsWithoutCreditNote.ToList())
            sequences.TakeOnSave(string.Create(CultureInfo.InvariantCulture, $"credit_note:{year}"),
                value => order.IssueCreditNote(refund.Id, string.Create(CultureInfo.InvariantCulture, $"FR-{year}-{value:D8}"), now));
    }
}
