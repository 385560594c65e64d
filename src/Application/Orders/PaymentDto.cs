using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record PaymentDto
{
    public PaymentMethod Method { get; init; }
    public PaymentStatus Status { get; init; }
    public string? Provider { get; init; }
    public string? IntentId { get; init; }
    /// <summary>Only for the owner, on create and GET of that one order, while the payment is pending: see
    /// <see cref="OrderViews"/>.</summary>
    public string? ClientSecret { get; init; }
    public string? TransactionId { get; init; }
    public DateTimeOffset? PaidAt { get; init; }
    public string? FailureReason { get; init; }
}
