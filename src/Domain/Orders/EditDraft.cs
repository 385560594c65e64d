namespace Orders.Domain.Orders;

/// <summary>An edit an admin asks for: new quantities of existing lines (0 removes one) and new lines at today's catalog
/// price, with why, and whether the customer is told.</summary>
public sealed record EditDraft(IReadOnlyList<LineQuantity> Lines, IReadOnlyList<OrderLineDraft> Added, string? Reason, bool NotifyCustomer);
