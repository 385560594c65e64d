namespace Orders.Domain.Orders;

/// <summary>Money given back to the customer: units priced at what they cost, part of the shipping charge and a free
/// adjustment. <c>pending</c> until the provider confirms; a failed refund gives its units and amount back to what is
/// refundable until it is retried. Changed only through <see cref="Order"/>.</summary>
public sealed class Refund
{
    public const int MaxReasonLength = 500;

    private readonly List<RefundLine> _lines = [];

    internal Refund(string id, IEnumerable<RefundLine> lines, long shipping, long adjustment, string? reason, string? returnId, DateTimeOffset now)
    {
        Id = id;
        _lines.AddRange(lines);
        Shipping = shipping;
        Adjustment = adjustment;
        Amount = checked(_lines.Sum(l => l.Amount) + shipping + adjustment);
        Reason = reason;
        ReturnId = returnId;
        Status = RefundStatus.Pending;
        CreatedAt = UpdatedAt = now;
    }

    private Refund()
    {
        Id = null!;
    }

    public string Id { get; private set; }

    public RefundStatus Status { get; private set; }

    /// <summary>The total given back: the lines, the shipping and the adjustment.</summary>
    public long Amount { get; private set; }

    public IReadOnlyList<RefundLine> Lines => _lines;

    public long Shipping { get; private set; }

    /// <summary>A free amount (a goodwill gesture); negative only in the refund of everything left when an order ends,
    /// where it nets out what earlier adjustments already gave.</summary>
    public long Adjustment { get; private set; }

    public string? Reason { get; private set; }

    public string? ReturnId { get; private set; }

    public string? ProviderRefundId { get; private set; }

    public string? FailureReason { get; private set; }

    public string? CreditNoteNumber { get; private set; }

    /// <summary>How many times it was retried: the provider's idempotency key changes with it, since a provider replays
    /// a key's first answer.</summary>
    public int Attempt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Pending or succeeded: what counts against the refundable caps.</summary>
    public bool Counts => Status != RefundStatus.Failed;

    /// <summary>The key the provider dedupes this attempt by: <c>refund-{id}</c>, then <c>refund-{id}-r{N}</c>.</summary>
    public string ProviderIdempotencyKey => Attempt == 0 ? $"refund-{Id}" : $"refund-{Id}-r{Attempt}";

    internal void Succeed(string? providerRefundId, DateTimeOffset now)
    {
        Status = RefundStatus.Succeeded;
        ProviderRefundId = providerRefundId ?? ProviderRefundId;
        FailureReason = null;
        UpdatedAt = now;
    }

    internal void Fail(string? reason, DateTimeOffset now)
    {
        Status = RefundStatus.Failed;
        FailureReason = reason is { Length: > 500 } ? reason[..500] : reason;
        UpdatedAt = now;
    }

    internal void Retry(DateTimeOffset now)
    {
        Status = RefundStatus.Pending;
        FailureReason = null;
        Attempt++;
        UpdatedAt = now;
    }

    internal void Record(string providerRefundId) => ProviderRefundId = providerRefundId;

    internal void Credit(string creditNoteNumber) => CreditNoteNumber = creditNoteNumber;
}
