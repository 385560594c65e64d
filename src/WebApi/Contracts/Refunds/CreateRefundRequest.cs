namespace Orders.WebApi.Contracts.Refunds;

/// <summary>What to refund: units (<c>returnId</c> alone means that return's received units), an amount of the shipping
/// charge and a free adjustment (<c>amount</c>, a goodwill gesture), in major units.</summary>
public sealed record CreateRefundRequest(IReadOnlyList<RefundLineRequest?>? Lines, string? ReturnId, decimal? Shipping, decimal? Amount, string? Reason);
