using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary><c>refund</c> in templates: what was given back (money in major units; <see cref="Adjustment"/> may be
/// negative in the refund of what was left of an ended order) and the credit note that documents it, if any. The
/// provider's ids and answers stay out: they are the shop's business.</summary>
public sealed record EmailRefund(
    string Id, decimal Amount, IReadOnlyList<EmailRefundItem> Items, decimal Shipping, decimal Adjustment, string? Reason, string? CreditNoteNumber,
    DateTimeOffset CreatedAt)
{
    public static EmailRefund From(Order order, Refund refund)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(refund);
        var items = refund.Lines.Select(unit =>
        {
            var line = order.Lines.Single(l => l.Id == unit.OrderLineId);
            return new EmailRefundItem(line.Id, line.ProductName, line.ProductImage, unit.Quantity, Money.Major(unit.Amount));
        });
        return new EmailRefund(refund.Id, Money.Major(refund.Amount), [.. items], Money.Major(refund.Shipping), Money.Major(refund.Adjustment),
            refund.Reason, refund.CreditNoteNumber, refund.CreatedAt);
    }
}
