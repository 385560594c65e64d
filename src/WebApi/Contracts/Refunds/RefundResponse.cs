using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Refunds;

/// <summary>The refund object of API.md; money in major units of the order's currency.</summary>
public sealed record RefundResponse(
    string Id, RefundStatus Status, decimal Amount, IReadOnlyList<RefundLineResponse> Lines, decimal Shipping, decimal Adjustment,
    string? Reason, string? ReturnId, string? ProviderRefundId, string? FailureReason, string? CreditNoteNumber,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
