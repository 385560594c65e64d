using System.Text.Json.Serialization;

namespace Orders.Infrastructure.Outbox;

/// <summary>The order a webhook is about. <see cref="Version"/> is the order's version after the change, so a receiver
/// can put events that arrive out of order back in order. An event about what happens after the sale adds the one
/// object it is about (<see cref="Shipment"/>, <see cref="Return"/>, <see cref="Refund"/>, <see cref="CreditNote"/>,
/// <see cref="Edit"/> or <see cref="Note"/>), as the API answers it; the others are left out of the body rather than
/// written as nulls. Nothing here holds the order's notes: a note reaches a webhook only as the customer note its own
/// event is about.</summary>
public sealed record WebhookOrderData(
    string OrderId, string OrderNumber, int Version, string? PreviousStatus, string NewStatus, string? TrackingNumber, WebhookUser User)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WebhookShipment? Shipment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WebhookReturn? Return { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WebhookRefund? Refund { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WebhookCreditNote? CreditNote { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WebhookEdit? Edit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WebhookNote? Note { get; init; }
}
