using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary><c>shipment</c> in templates: which units left, with the carrier's tracking; status by its API name.</summary>
public sealed record EmailShipment(
    string Id, string Status, IReadOnlyList<EmailShipmentItem> Items, string Carrier, string TrackingNumber, string? TrackingUrl,
    DateTimeOffset ShippedAt, DateTimeOffset? DeliveredAt)
{
    public static EmailShipment From(Order order, Shipment shipment)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(shipment);
        var items = shipment.Lines.Select(unit =>
        {
            var line = order.Lines.Single(l => l.Id == unit.OrderLineId);
            return new EmailShipmentItem(line.Id, line.ProductName, line.ProductImage, unit.Quantity);
        });
        return new EmailShipment(shipment.Id, shipment.Status.ToSnakeCase(), [.. items], shipment.Carrier, shipment.TrackingNumber,
            shipment.TrackingUrl, shipment.ShippedAt, shipment.DeliveredAt);
    }
}
