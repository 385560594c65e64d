using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Outbox;

/// <summary><c>data.shipment</c>: the shipment as <c>GET /orders/{id}/shipments/{sid}</c> answers it. Instants are UTC
/// <see cref="DateTime"/>s, which System.Text.Json writes with <c>Z</c> like the API does.</summary>
public sealed record WebhookShipment(
    string Id, IReadOnlyList<WebhookLine> Lines, string Carrier, string TrackingNumber, string? TrackingUrl, string Status, DateTime ShippedAt,
    DateTime? DeliveredAt)
{
    public static WebhookShipment From(ShipmentDto shipment)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        return new WebhookShipment(
            shipment.Id, [.. shipment.Lines.Select(l => new WebhookLine(l.OrderLineId, l.Quantity))], shipment.Carrier, shipment.TrackingNumber,
            shipment.TrackingUrl, shipment.Status.ToSnakeCase(), shipment.ShippedAt.UtcDateTime, shipment.DeliveredAt?.UtcDateTime);
    }
}
