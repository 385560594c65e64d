using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.CreateShipment;

/// <summary>An admin ships units of a ready order: <paramref name="Lines"/>, or every unit not shipped yet when null.
/// <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record CreateShipmentCommand(
    OrderRef Order, UserContext User, IReadOnlyList<ShipmentLineInput?>? Lines, string? Carrier, string? TrackingNumber, string? TrackingUrl,
    string? IdempotencyKey = null, int? ExpectedVersion = null)
{
    /// <summary>The request's shape, before the order is asked: the lines as the domain takes them (null: every unit not
    /// shipped yet), the tracking fields and the key. Whether the lines fit the order is the order's to say.</summary>
    public Result<IReadOnlyList<LineQuantity>?> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (Lines is not null)
        {
            if (Lines.Count == 0) errors["lines"] = ["Name at least one order line, or leave lines out to ship every unit not shipped yet."];
            if (Lines.Count > Domain.Orders.Order.MaxLines) errors["lines"] = [$"A shipment names at most {Domain.Orders.Order.MaxLines} lines."];
            for (var i = 0; i < Lines.Count; i++)
            {
                if (Lines[i] is not { } line)
                {
                    errors[$"lines[{i}]"] = ["Must be an object {orderLineId, quantity}."];
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line.OrderLineId)) errors[$"lines[{i}].orderLineId"] = ["Is required."];
                if (line.Quantity is < 1 or > Domain.Orders.Order.MaxQuantityPerLine)
                    errors[$"lines[{i}].quantity"] = [$"Must be between 1 and {Domain.Orders.Order.MaxQuantityPerLine}."];
            }
        }

        CheckTracking(Carrier, "carrier", errors);
        CheckTracking(TrackingNumber, "trackingNumber", errors);
        if (IdempotencyKey is { Length: 0 or > IdempotencyRecord.MaxKeyLength })
            errors["Idempotency-Key"] = [$"Must be 1 to {IdempotencyRecord.MaxKeyLength} characters."];
        if (errors.Count > 0) return ShipmentRequestErrors.InvalidShipment(errors);

        IReadOnlyList<LineQuantity>? lines = Lines is null ? null : [.. Lines.Select(l => new LineQuantity(l!.OrderLineId!.Trim(), l.Quantity))];
        return Result<IReadOnlyList<LineQuantity>?>.Success(lines);
    }

    /// <summary>Identifies the shipment asked for, for idempotent retries: the same order, lines and tracking give the same
    /// hash, whoever sends it under whatever key.</summary>
    public string RequestHash(string orderId, IReadOnlyList<LineQuantity>? lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            orderId,
            lines = lines?.Select(l => new { l.OrderLineId, l.Quantity }),
            carrier = Carrier?.Trim(),
            trackingNumber = TrackingNumber?.Trim(),
            trackingUrl = string.IsNullOrWhiteSpace(TrackingUrl) ? null : TrackingUrl.Trim(),
        }))));

    private static void CheckTracking(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Is required to ship."];
        else if (value.Trim().Length > Domain.Orders.Order.MaxTrackingLength) errors[field] = [$"Must be at most {Domain.Orders.Order.MaxTrackingLength} characters."];
    }
}
