namespace Orders.Infrastructure.Email.Templates;

/// <summary>The emails there are templates for; each has a subject, a text and an HTML part.</summary>
public static class EmailTemplateNames
{
    public const string OrderPlaced = "order_placed";
    public const string StatusChanged = "status_changed";
    public const string OrderCanceled = "order_canceled";
    public const string OrderRejected = "order_rejected";

    /// <summary>Part of the order ships (a shipment that leaves units behind; the last one sends <see cref="StatusChanged"/>).</summary>
    public const string ShipmentCreated = "shipment_created";

    /// <summary>A return is approved, declined or received (in part or in full).</summary>
    public const string ReturnUpdated = "return_updated";

    /// <summary>The provider confirmed a refund.</summary>
    public const string RefundSucceeded = "refund_succeeded";

    /// <summary>An admin edited the order's lines (unless they chose not to tell the customer).</summary>
    public const string OrderEdited = "order_edited";

    /// <summary>An admin wrote a note for the customer (never an internal note, nor the customer's own).</summary>
    public const string NoteAdded = "note_added";

    public static IReadOnlyList<string> All { get; } =
        [OrderPlaced, StatusChanged, OrderCanceled, OrderRejected, ShipmentCreated, ReturnUpdated, RefundSucceeded, OrderEdited, NoteAdded];

    public static IReadOnlyList<string> Parts { get; } = ["subject", "text", "html"];
}
