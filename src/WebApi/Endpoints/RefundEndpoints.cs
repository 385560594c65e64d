using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Orders.Application.Refunds;
using Orders.Application.Refunds.CreateRefund;
using Orders.Application.Refunds.GetRefund;
using Orders.Application.Refunds.ListRefunds;
using Orders.Application.Refunds.RetryRefund;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Refunds;
using Orders.WebApi.Http;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Endpoints;

/// <summary>An order's refunds: created and retried by admins, read by the order's owner and admins. Every answer carries
/// the order's version as its ETag, and the writes honour If-Match like the order routes.</summary>
public static class RefundEndpoints
{
    public static IEndpointRouteBuilder MapRefundEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders/{id}/refunds").WithTags("Refunds").RequireAuthorization();

        group.MapGet("/", async (string id, ClaimsPrincipal user, ListRefundsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListRefundsQuery(OrderRef.Parse(id), user.ToContext()), ct)).ToHttp(list =>
                    Versioned(new RefundListResponse([.. list.Items.Select(r => r.ToResponse<RefundResponse>())]), list.OrderVersion)))
            .WithName("ListRefunds")
            .WithSummary("The order's refunds (owner or admin); another user's order is 404.")
            .Produces<RefundListResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{fid}", async (string id, string fid, ClaimsPrincipal user, GetRefundHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetRefundQuery(OrderRef.Parse(id), user.ToContext(), fid), ct)).ToHttp(Answer))
            .WithName("GetRefund")
            .WithSummary("One refund of the order (owner or admin); another user's order is 404.")
            .Produces<RefundResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = group.MapGroup("/").RequireAuthorization(AuthSetup.AdminPolicy);

        admin.MapPost("/", CreateAsync)
            .WithName("CreateRefund")
            .WithSummary("Refund units, shipping or a free amount of a paid order (admin); the provider is asked after the commit.")
            .WithDescription("Header Idempotency-Key is required: the same key and body return the same refund, another body 422, " +
                "a request still running 409 with Retry-After. Units are priced at what the customer paid for them. More than is " +
                "still refundable → 409 refund.exceeds_refundable naming what is left; an order whose payment did not succeed → 409. " +
                "Honours If-Match with the order's ETag.")
            .Produces<RefundResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        admin.MapPost("/{fid}/retry", async (string id, string fid, HttpRequest request, ClaimsPrincipal user, RetryRefundHandler handler, CancellationToken ct) =>
            {
                var expected = IfMatch.ExpectedVersion(request);
                if (!expected.IsSuccess) return expected.ToProblem();
                return (await handler.HandleAsync(new RetryRefundCommand(OrderRef.Parse(id), user.ToContext(), fid, expected.Value), ct)).ToHttp(Answer);
            })
            .WithName("RetryRefund")
            .WithSummary("Send a failed refund out again (admin): failed → pending, under a new provider key.")
            .WithDescription("409 refund.invalid_transition unless the refund failed, or refund.exceeds_refundable when what it gives " +
                "back was refunded meanwhile. Honours If-Match with the order's ETag.")
            .Produces<RefundResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        return app;
    }

    private static async Task<IResult> CreateAsync(
        string id, CreateRefundRequest? body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpRequest request,
        ClaimsPrincipal user, CreateRefundHandler handler, CancellationToken ct)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        var lines = body?.Lines?.Select(l => l is null ? null : new RefundLineInput(l.OrderLineId, l.Quantity)).ToList();
        var command = new CreateRefundCommand(OrderRef.Parse(id), user.ToContext(), lines, body?.ReturnId, body?.Shipping, body?.Amount,
            body?.Reason, idempotencyKey, expected.Value);
        return (await handler.HandleAsync(command, ct)).ToHttp(created => Versioned(created.Refund.ToResponse<RefundResponse>(), created.OrderVersion,
            StatusCodes.Status201Created, $"/api/orders/{created.OrderId}/refunds/{created.Refund.Id}", created.Replayed));
    }

    private static IResult Answer(RefundAnswer answer) => Versioned(answer.Refund.ToResponse<RefundResponse>(), answer.OrderVersion);

    private static IResult Versioned<T>(T body, int version, int status = StatusCodes.Status200OK, string? location = null, bool replayed = false)
    {
        var answer = ETags.VersionedResult(body, version, status, location);
        return replayed ? new ReplayedResult(answer) : answer;
    }
}
