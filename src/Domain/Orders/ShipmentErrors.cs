using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public static class ShipmentErrors
{
    public static Result NotFound(string id) => Failure.NotFound("shipment.not_found", $"The order has no shipment {id}.");

    public static Result OrderNotReady(OrderStatus status) => Failure.Conflict("shipment.order_not_ready",
        $"The order is {status.ToSnakeCase()}; shipments are created while it is ready.");

    public static Result ExceedsUnshipped(string orderLineId, int unshipped) => Failure.Conflict("shipment.exceeds_unshipped",
        $"Line {orderLineId} has {unshipped} unit(s) left to ship.");

    public static Result NothingToShip => Failure.Conflict("shipment.exceeds_unshipped", "Every unit of the order has shipped already.");

    public static Result AlreadyDelivered(string id) => Failure.Conflict("shipment.invalid_transition",
        $"Shipment {id} is delivered already. Allowed actions: none.");

    public static Result StatusNotAllowed => Failure.Field("status", "The only status a shipment can be given is delivered.");

    public static Result NothingToChange => Failure.Field("$", "Give carrier, trackingNumber, trackingUrl or status.");

    public static Result TrackingUrlInvalid => Failure.Field("trackingUrl",
        $"Must be an absolute http or https URL of at most {Shipment.MaxTrackingUrlLength} characters.");

    public static Result Forbidden => Failure.Forbidden("shipment.forbidden", "Only an admin ships orders.");
}
