using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Orders.Application.Common;
using Orders.Application.Shipments;
using Orders.Application.Shipments.CreateShipment;
using Orders.Application.Shipments.GetShipment;
using Orders.Application.Shipments.ListShipments;
using Orders.Application.Shipments.UpdateShipment;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Shipments;
using Orders.WebApi.Http;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Endpoints;

/// <summary>An order's shipments. Reads follow the order's access (owner, admin; anyone else 404); writes are an
/// admin's, decided by the use case rather than a policy, so that another customer's order stays a 404 there too while its
/// owner gets 403. Every answer carries the order's version as its ETag.</summary>
public static class ShipmentEndpoints
{
    public static IEndpointRouteBuilder MapShipmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders/{id}/shipments").WithTags("Shipments").RequireAuthorization();

        group.MapPost("/", CreateAsync)
            .WithName("CreateShipment")
            .WithSummary("Ship units of a ready order (admin): the lines named, or every unit not shipped yet. The last units move the order to shipped.")
            .WithDescription("Honours If-Match with the order's ETag. Optional header Idempotency-Key: the same key and body return the same " +
                "shipment, another body 422. More units than are left to ship → 409 shipment.exceeds_unshipped.")
            .Produces<ShipmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", async (string id, ClaimsPrincipal user, ListShipmentsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListShipmentsQuery(OrderRef.Parse(id), user.ToContext()), ct))
                    .ToHttp(list => ETags.VersionedResult(list.ToResponse<ShipmentListResponse>(), list.OrderVersion)))
            .WithName("ListShipments")
            .WithSummary("An order's shipments, oldest first (owner or admin); another user's order is 404.")
            .Produces<ShipmentListResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{shipmentId}", async (string id, string shipmentId, ClaimsPrincipal user, GetShipmentHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetShipmentQuery(OrderRef.Parse(id), user.ToContext(), shipmentId), ct)).ToHttp(Answer))
            .WithName("GetShipment")
            .WithSummary("One shipment of an order (owner or admin); another user's order is 404.")
            .Produces<ShipmentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPatch("/{shipmentId}", UpdateAsync)
            .WithName("UpdateShipment")
            .WithSummary("Change a shipment's tracking or mark it delivered (admin); the last shipment delivered moves the order to delivered.")
            .WithDescription("Honours If-Match with the order's ETag. status may only be delivered.")
            .Produces<ShipmentResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        return app;
    }

    private static async Task<IResult> CreateAsync(
        string id, CreateShipmentRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpRequest request,
        ClaimsPrincipal user, CreateShipmentHandler handler, CancellationToken ct)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        var command = new CreateShipmentCommand(OrderRef.Parse(id), user.ToContext(),
            body.Lines?.Select(l => l is null ? null : new ShipmentLineInput(l.OrderLineId, l.Quantity)).ToList(),
            body.Carrier, body.TrackingNumber, body.TrackingUrl, idempotencyKey, expected.Value);

        return (await ConflictRetry.RunAsync(() => handler.HandleAsync(command, ct))).ToHttp(answer =>
        {
            var created = ETags.VersionedResult(answer.Shipment.ToResponse<ShipmentResponse>(), answer.OrderVersion, StatusCodes.Status201Created,
                $"/api/orders/{answer.OrderId}/shipments/{answer.Shipment.Id}");
            return answer.Replayed ? new ReplayedResult(created) : created;
        });
    }

    private static async Task<IResult> UpdateAsync(
        string id, string shipmentId, UpdateShipmentRequest body, HttpRequest request, ClaimsPrincipal user, UpdateShipmentHandler handler,
        CancellationToken ct)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        var command = new UpdateShipmentCommand(OrderRef.Parse(id), user.ToContext(), shipmentId, body.Carrier, body.TrackingNumber, body.TrackingUrl,
            body.Status, expected.Value);

        return (await ConflictRetry.RunAsync(() => handler.HandleAsync(command, ct))).ToHttp(Answer);
    }

    private static IResult Answer(ShipmentAnswer answer) => ETags.VersionedResult(answer.Shipment.ToResponse<ShipmentResponse>(), answer.OrderVersion);
}
