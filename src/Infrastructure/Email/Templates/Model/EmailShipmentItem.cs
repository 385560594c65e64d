namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary>One of <c>shipment.items</c>: units of one order line in the parcel, named as on the order.</summary>
public sealed record EmailShipmentItem(string OrderLineId, string ProductName, string? ProductImage, int Quantity);
