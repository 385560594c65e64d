using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;

namespace Orders.Application.Shipments;

/// <summary>A shipment request's shape, before the order is asked: fields, lengths and the key.</summary>
public static class ShipmentRequestErrors
{
    public static Result InvalidShipment(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("shipment.invalid", "The shipment request is not valid; see errors.", errors);

    public static Result KeyReused => Failure.Unprocessable(IdempotencyErrors.KeyReusedCode,
        "This Idempotency-Key was already used for another shipment request on this order; use a new key for a new shipment.");
}
