namespace Orders.Application.Webhooks;

/// <summary>The events a subscription can list.</summary>
public static class WebhookEvents
{
    public const string OrderCreated = "order.created";
    public const string OrderStatusChanged = "order.status_changed";
    public const string ShipmentCreated = "order.shipment_created";
    public const string ShipmentUpdated = "order.shipment_updated";
    public const string ReturnRequested = "return.requested";
    public const string ReturnApproved = "return.approved";
    public const string ReturnDeclined = "return.declined";
    public const string ReturnReceived = "return.received";
    public const string RefundCreated = "refund.created";
    public const string RefundSucceeded = "refund.succeeded";
    public const string RefundFailed = "refund.failed";
    public const string CreditNoteIssued = "credit_note.issued";
    public const string OrderEdited = "order.edited";

    /// <summary>A note the customer sees was added; internal notes raise no event at all.</summary>
    public const string NoteAdded = "order.note_added";

    public static readonly IReadOnlyList<string> All =
    [
        OrderCreated, OrderStatusChanged, ShipmentCreated, ShipmentUpdated, ReturnRequested, ReturnApproved, ReturnDeclined,
        ReturnReceived, RefundCreated, RefundSucceeded, RefundFailed, CreditNoteIssued, OrderEdited, NoteAdded,
    ];
}
