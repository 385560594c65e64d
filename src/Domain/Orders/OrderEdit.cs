namespace Orders.Domain.Orders;

/// <summary>One edit kept on the order: who made it and why, the lines it changed and what it changed in the totals, and
/// the refund it gave a paid order whose total went down. Written once, by <see cref="Order"/>.</summary>
public sealed class OrderEdit
{
    private readonly List<EditChange> _changes = [];

    internal OrderEdit(string by, string reason, IEnumerable<EditChange> changes, EditDifference difference, DateTimeOffset at)
    {
        By = by;
        Reason = reason;
        _changes.AddRange(changes);
        Difference = difference;
        At = at;
    }

    private OrderEdit()
    {
        By = Reason = null!;
        Difference = null!;
    }

    public DateTimeOffset At { get; private set; }

    /// <summary>The admin's user id.</summary>
    public string By { get; private set; }

    public string Reason { get; private set; }

    public IReadOnlyList<EditChange> Changes => _changes;

    public EditDifference Difference { get; private set; }

    public string? RefundId { get; private set; }

    internal void Refunded(string refundId) => RefundId = refundId;
}
