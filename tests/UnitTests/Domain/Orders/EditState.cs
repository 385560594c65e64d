using System.Globalization;
using System.Text;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Everything <see cref="OrderState"/> compares, and what edits and notes change beside it: the lines' products,
/// prices and totals, the order's money, its discount terms and tax rate, its search text, every edit and every note with
/// its revisions. A refused edit or note verb must leave all of it as it was.</summary>
internal static class EditState
{
    public static string Of(Order o)
    {
        var s = new StringBuilder(OrderState.Of(o));
        s.AppendLine(CultureInfo.InvariantCulture,
            $"subtotal={o.Subtotal} discount={o.DiscountCode}:{o.DiscountAmount} terms={o.DiscountPercentOff}/{o.DiscountAmountOff} tax={o.Tax}@{o.TaxRatePercent} shipping={o.ShippingCost} total={o.Total}");
        s.AppendLine(CultureInfo.InvariantCulture, $"search={o.SearchText}");
        foreach (var l in o.Lines)
            s.AppendLine(CultureInfo.InvariantCulture, $"line {l.Id}: {l.ProductId} '{l.ProductName}' {l.Quantity}x{l.UnitPrice}={l.LineTotal}");
        foreach (var e in o.Edits)
            s.AppendLine(CultureInfo.InvariantCulture,
                $"edit {e.At:O} by={e.By} '{e.Reason}' {e.Difference} refund={e.RefundId} [{string.Join(' ', e.Changes.Select(c => $"{c.OrderLineId}:{c.PreviousQuantity}->{c.Quantity}"))}]");
        foreach (var n in o.Notes)
            s.AppendLine(CultureInfo.InvariantCulture,
                $"note {n.Id}: {n.Visibility} {n.AuthorRole}:{n.AuthorId} '{n.Body}' created={n.CreatedAt:O} edited={n.EditedAt:O} deleted={n.DeletedAt:O} [{string.Join(" | ", n.Revisions.Select(r => $"{r.WrittenAt:O} {r.Body}"))}]");
        return s.ToString();
    }
}
