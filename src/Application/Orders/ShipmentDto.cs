using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record ShipmentDto
{
    public string Id { get; init; } = "";
    public IReadOnlyList<LineQuantityDto> Lines { get; init; } = [];
    public string Carrier { get; init; } = "";
    public string TrackingNumber { get; init; } = "";
    public string? TrackingUrl { get; init; }
    public ShipmentStatus Status { get; init; }
    public DateTimeOffset ShippedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
}
