namespace Orders.Domain.Orders;

/// <summary>A return of delivered units: asked for by the customer or opened by an admin, then received unit by unit.
/// It moves goods, never money. Changed only through <see cref="Order"/>.</summary>
public sealed class OrderReturn
{
    public const int MaxReasonLength = 500;

    private static readonly Dictionary<ReturnStatus, string[]> Actions = new()
    {
        [ReturnStatus.Requested] = ["approve", "decline", "cancel"],
        [ReturnStatus.Approved] = ["receive", "cancel"],
        [ReturnStatus.PartiallyReceived] = ["receive"],
    };

    private readonly List<ReturnLine> _lines = [];

    internal OrderReturn(string id, IEnumerable<LineQuantity> lines, string? reason, string requestedBy, ReturnStatus status, DateTimeOffset now)
    {
        Id = id;
        _lines.AddRange(lines.Select(l => new ReturnLine(l.OrderLineId, l.Quantity)));
        Reason = reason;
        RequestedBy = requestedBy;
        Status = status;
        CreatedAt = UpdatedAt = now;
    }

    private OrderReturn()
    {
        Id = RequestedBy = null!;
    }

    public string Id { get; private set; }

    public ReturnStatus Status { get; private set; }

    public IReadOnlyList<ReturnLine> Lines => _lines;

    public string? Reason { get; private set; }

    /// <summary>The admin's note: why it was declined.</summary>
    public string? Note { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Still expecting units: requested, approved or partially received.</summary>
    public bool IsOpen => Status is ReturnStatus.Requested or ReturnStatus.Approved or ReturnStatus.PartiallyReceived;

    public bool HasReceipts => _lines.Any(l => l.Received > 0);

    /// <summary>The actions its status allows, as the API names them.</summary>
    public IReadOnlyList<string> AllowedActions => Actions.GetValueOrDefault(Status, []);

    /// <summary>Units of a line this return still expects.</summary>
    public int OutstandingOf(string orderLineId) => IsOpen ? _lines.Where(l => l.OrderLineId == orderLineId).Sum(l => l.Outstanding) : 0;

    internal void MoveTo(ReturnStatus status, string? note, DateTimeOffset now)
    {
        Status = status;
        Note = note ?? Note;
        UpdatedAt = now;
    }

    internal void Account(ReturnReceipt receipt, DateTimeOffset now)
    {
        _lines.Single(l => l.OrderLineId == receipt.OrderLineId).Account(receipt.Quantity, receipt.Disposition);
        Status = _lines.All(l => l.Outstanding == 0) ? ReturnStatus.Received : ReturnStatus.PartiallyReceived;
        UpdatedAt = now;
    }
}
