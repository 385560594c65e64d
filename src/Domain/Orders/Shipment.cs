namespace Orders.Domain.Orders;

/// <summary>A parcel of an order: some of its units, with the carrier's tracking. Changed only through
/// <see cref="Order"/>.</summary>
public sealed class Shipment
{
    public const int MaxTrackingUrlLength = 500;

    private readonly List<LineQuantity> _lines = [];

    internal Shipment(string id, IEnumerable<LineQuantity> lines, string carrier, string trackingNumber, string? trackingUrl, DateTimeOffset now)
    {
        Id = id;
        _lines.AddRange(lines);
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        TrackingUrl = trackingUrl;
        Status = ShipmentStatus.Shipped;
        ShippedAt = now;
    }

    private Shipment()
    {
        Id = Carrier = TrackingNumber = null!;
    }

    public string Id { get; private set; }

    public IReadOnlyList<LineQuantity> Lines => _lines;

    public string Carrier { get; private set; }

    public string TrackingNumber { get; private set; }

    public string? TrackingUrl { get; private set; }

    public ShipmentStatus Status { get; private set; }

    public DateTimeOffset ShippedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    internal void Retrack(string? carrier, string? trackingNumber, string? trackingUrl)
    {
        Carrier = carrier ?? Carrier;
        TrackingNumber = trackingNumber ?? TrackingNumber;
        TrackingUrl = trackingUrl ?? TrackingUrl;
    }

    internal void MarkDelivered(DateTimeOffset now)
    {
        Status = ShipmentStatus.Delivered;
        DeliveredAt = now;
    }
}
