using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.EditOrder;

/// <summary>An admin changes an order's lines before anything ships. <paramref name="ExpectedVersion"/> comes from
/// If-Match and is required; <paramref name="DryRun"/> answers the order as it would be and changes nothing.</summary>
public sealed record EditOrderCommand(
    OrderRef Order, UserContext User, int? ExpectedVersion, IReadOnlyList<EditChangeInput?>? Changes, string? Reason,
    bool? NotifyCustomer, bool DryRun)
{
    /// <summary>The request's shape, before anything is read: each change names exactly one of a line or a product, and a
    /// quantity. Ranges and what the order holds are the order's to check.</summary>
    public Result Check()
    {
        if (Changes is null || Changes.Count == 0) return EditErrors.NoChanges;
        if (Changes.Count > Domain.Orders.Order.MaxLines * 2) return EditRequestErrors.TooManyChanges;
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < Changes.Count; i++)
        {
            if (Changes[i] is not { } change)
            {
                errors[$"changes[{i}]"] = ["Must be an object {orderLineId, quantity} or {productId, quantity}."];
                continue;
            }

            var line = !string.IsNullOrWhiteSpace(change.OrderLineId);
            var product = !string.IsNullOrWhiteSpace(change.ProductId);
            if (line == product) errors[$"changes[{i}]"] = ["Give exactly one of orderLineId and productId."];
            if (change.Quantity is null) errors[$"changes[{i}].quantity"] = ["Is required."];
        }

        return errors.Count > 0 ? EditRequestErrors.InvalidChanges(errors) : Result.Success();
    }

    /// <summary>The lines whose quantity changes, as the order's draft takes them (only after <see cref="Check"/>).</summary>
    public IReadOnlyList<LineQuantity> LineChanges() =>
        [.. Changes!.Where(c => !string.IsNullOrWhiteSpace(c!.OrderLineId)).Select(c => new LineQuantity(c!.OrderLineId!.Trim(), c.Quantity!.Value))];

    /// <summary>The products to add, with their quantities (only after <see cref="Check"/>).</summary>
    public IReadOnlyList<(string ProductId, int Quantity)> Additions() =>
        [.. Changes!.Where(c => !string.IsNullOrWhiteSpace(c!.ProductId)).Select(c => (c!.ProductId!.Trim(), c.Quantity!.Value))];
}
