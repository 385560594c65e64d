namespace Orders.Domain.Orders;

/// <summary>What an admin asks to refund: units (or, with only <see cref="ReturnId"/>, that return's received units), an
/// amount of the shipping charge and a free adjustment, in minor units.</summary>
public sealed record RefundDraft(IReadOnlyList<LineQuantity>? Lines, string? ReturnId, long Shipping, long Adjustment, string? Reason);
