namespace Orders.WebApi.Contracts.Edits;

/// <summary>An edit of an order's lines: <c>changes</c> of existing lines' quantities or products to add, why, and whether
/// the customer is told (default true).</summary>
public sealed record EditOrderRequest(IReadOnlyList<EditChangeRequest?>? Changes, string? Reason, bool? NotifyCustomer);
