using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary><c>return</c> in templates. <see cref="Status"/> (API name: <c>approved</c>, <c>declined</c>,
/// <c>partially_received</c>, <c>received</c>) is the one the email was written for; <see cref="Note"/> is the shop's
/// note to the customer (why it was declined). Who opened the return is not shown.</summary>
public sealed record EmailReturn(string Id, string Status, IReadOnlyList<EmailReturnItem> Items, string? Reason, string? Note, DateTimeOffset CreatedAt)
{
    public static EmailReturn From(Order order, OrderReturn ret, ReturnStatus status)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(ret);
        var items = ret.Lines.Select(unit =>
        {
            var line = order.Lines.Single(l => l.Id == unit.OrderLineId);
            return new EmailReturnItem(line.Id, line.ProductName, line.ProductImage, unit.Quantity, unit.Received, unit.Restocked, unit.Damaged, unit.Missing);
        });
        return new EmailReturn(ret.Id, status.ToSnakeCase(), [.. items], ret.Reason, ret.Note, ret.CreatedAt);
    }
}
