using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record RefundDto
{
    public string Id { get; init; } = "";
    public RefundStatus Status { get; init; }
    public long Amount { get; init; }
    public IReadOnlyList<RefundLineDto> Lines { get; init; } = [];
    public long Shipping { get; init; }
    public long Adjustment { get; init; }
    public string? Reason { get; init; }
    public string? ReturnId { get; init; }
    public string? ProviderRefundId { get; init; }
    public string? FailureReason { get; init; }
    public string? CreditNoteNumber { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
