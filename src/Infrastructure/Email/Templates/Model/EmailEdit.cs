using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary><c>edit</c> in templates: what one edit changed, why, and the order's total before and after it (major units).
/// Who made it stays out: the shop's staff are not named to customers.</summary>
public sealed record EmailEdit(
    int Number, string Reason, IReadOnlyList<EmailEditItem> Items, decimal PreviousTotal, decimal Total, decimal Difference, DateTimeOffset At)
{
    /// <summary>Edit <paramref name="number"/> (from 1) of <paramref name="order"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The order has no such edit.</exception>
    public static EmailEdit From(Order order, int number)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (number < 1 || number > order.Edits.Count)
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Order {order.OrderNumber} has {order.Edits.Count} edits.");
        var edit = order.Edits[number - 1];
        // The email may go out after later edits: only edits change the total, so taking theirs back off the order's total
        // gives the total this edit left, which is what the customer is told.
        var total = order.Total - order.Edits.Skip(number).Sum(e => e.Difference.Total);
        return new EmailEdit(
            number, edit.Reason, [.. edit.Changes.Select(c => new EmailEditItem(c.ProductName, c.PreviousQuantity, c.Quantity))],
            Money.Major(total - edit.Difference.Total), Money.Major(total), Money.Major(edit.Difference.Total), edit.At);
    }
}
