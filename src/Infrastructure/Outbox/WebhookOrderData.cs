using System.Text.Json.Serialization;

namespace Orders.Infrastructure.Outbox;

/// <summary>The order a webhook is about. <see cref="Version"/> is the order's version after the change, so a receiver
/// can put events that arrive out of order back in order. An event about what happens after the sale adds the one
/// object it is about (<see cref="Shipment"/>, <see cref="Return"/>, <see cref="Refund"/> or <see cref="CreditNote"/>),
/// as the API answers it; the others are left out of the body rather than written as nulls.</summary>
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
}
