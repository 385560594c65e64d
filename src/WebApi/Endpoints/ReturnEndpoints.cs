using System.Security.Claims;
using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Returns;
using Orders.Application.Returns.ApproveReturn;
using Orders.Application.Returns.CancelReturn;
using Orders.Application.Returns.DeclineReturn;
using Orders.Application.Returns.GetReturn;
using Orders.Application.Returns.ListReturns;
using Orders.Application.Returns.ReceiveReturn;
using Orders.Application.Returns.RequestReturn;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Returns;
using Orders.WebApi.Http;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Endpoints;

/// <summary>Returns of delivered units (API.md "After the sale" → Returns). Every route loads the order as the caller may
/// see it, so another customer's order is 404 on each; the admin-only ones answer 403 to the order's owner. Writes honour
/// If-Match and answer the order's new version as the ETag, like the order routes.</summary>
public static class ReturnEndpoints
{
    public static IEndpointRouteBuilder MapReturnEndpoints(this IEndpointRouteBuilder app)
    {
        // Not behind the admin policy: the use cases decide, after the order is found for the caller (404 before 403).
        var group = app.MapGroup("/api/orders/{id}/returns").WithTags("Returns").RequireAuthorization();

        group.MapPost("/", RequestAsync)
            .WithName("RequestReturn")
            .WithSummary("Ask to send delivered units back (owner: requested, within Returns:Window of delivery; admin: approved).")
            .WithDescription("At most the units delivered and neither returned nor in an open return (409 return.exceeds_returnable); " +
                "a customer past the window gets 409 return.window_closed. A return moves no money and no stock until it is received.")
            .Produces<ReturnResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapGet("/", async (string id, ClaimsPrincipal user, ListReturnsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListReturnsQuery(OrderRef.Parse(id), user.ToContext()), ct))
                    .ToHttp(list => ETags.VersionedResult(list.ToResponse<ReturnListResponse>(), list.OrderVersion)))
            .WithName("ListReturns")
            .WithSummary("The order's returns, oldest first (owner, admin).")
            .Produces<ReturnListResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{rid}", async (string id, string rid, ClaimsPrincipal user, GetReturnHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetReturnQuery(OrderRef.Parse(id), rid, user.ToContext()), ct)).ToHttp(r => Answer(r)))
            .WithName("GetReturn")
            .WithSummary("One return of the order (owner, admin).")
            .Produces<ReturnResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{rid}/approve", async (string id, string rid, HttpRequest request, ClaimsPrincipal user, ApproveReturnHandler handler, CancellationToken ct) =>
                await WithVersionAsync(request, version => handler.HandleAsync(new(OrderRef.Parse(id), rid, user.ToContext(), version), ct)))
            .WithName("ApproveReturn")
            .WithSummary("Approve a requested return (admin).")
            .Produces<ReturnResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{rid}/decline", async (string id, string rid, DeclineReturnRequest? body, HttpRequest request, ClaimsPrincipal user,
                    DeclineReturnHandler handler, CancellationToken ct) =>
                await WithVersionAsync(request, version => handler.HandleAsync(new(OrderRef.Parse(id), rid, user.ToContext(), body?.Note, version), ct)))
            .WithName("DeclineReturn")
            .WithSummary("Decline a requested return, saying why in note (admin); its units become returnable again.")
            .Produces<ReturnResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{rid}/cancel", async (string id, string rid, HttpRequest request, ClaimsPrincipal user, CancelReturnHandler handler, CancellationToken ct) =>
                await WithVersionAsync(request, version => handler.HandleAsync(new(OrderRef.Parse(id), rid, user.ToContext(), version), ct)))
            .WithName("CancelReturn")
            .WithSummary("Withdraw a return: the owner their own requested one, an admin any before a unit of it is received.")
            .Produces<ReturnResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{rid}/receive", ReceiveAsync)
            .WithName("ReceiveReturn")
            .WithSummary("Account for units of an approved return (admin): restock puts them back in stock, once; damaged and missing do not.")
            .WithDescription("lines: [{orderLineId, quantity, disposition}], disposition restock, damaged or missing. At most the units " +
                "approved and not yet received (409 return.exceeds_outstanding). partially_received until every unit is accounted for, then received.")
            .Produces<ReturnResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        return app;
    }

    private static async Task<IResult> RequestAsync(
        string id, RequestReturnRequest body, HttpRequest request, ClaimsPrincipal user, RequestReturnHandler handler, CancellationToken ct)
    {
        var lines = new List<LineQuantity>();
        foreach (var line in body.Lines ?? [])
        {
            if (line?.OrderLineId is null) return LineErrors.Required.ToProblem();
            lines.Add(new LineQuantity(line.OrderLineId, line.Quantity ?? 0));
        }

        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        var created = await ConflictRetry.RunAsync(() =>
            handler.HandleAsync(new RequestReturnCommand(OrderRef.Parse(id), user.ToContext(), lines, body.Reason, expected.Value), ct));
        return created.ToHttp(r => Answer(r, StatusCodes.Status201Created, $"/api/orders/{r.OrderId}/returns/{r.Return.Id}"));
    }

    private static async Task<IResult> ReceiveAsync(
        string id, string rid, ReceiveReturnRequest body, HttpRequest request, ClaimsPrincipal user, ReceiveReturnHandler handler,
        CancellationToken ct)
    {
        var receipts = new List<ReturnReceipt>();
        foreach (var line in body.Lines ?? [])
        {
            if (line?.OrderLineId is null) return LineErrors.Required.ToProblem();
            var disposition = ApiJson.ParseEnum<ReturnDisposition>(line.Disposition, "lines");
            if (!disposition.IsSuccess) return disposition.ToProblem();
            if (disposition.Value is not { } known) return Dispositions.ToProblem();
            receipts.Add(new ReturnReceipt(line.OrderLineId, line.Quantity ?? 0, known));
        }

        return await WithVersionAsync(request, version => handler.HandleAsync(new(OrderRef.Parse(id), rid, user.ToContext(), receipts, version), ct));
    }

    private static Result Dispositions =>
        RequestErrors.NotOneOf("lines", string.Join(", ", Enum.GetValues<ReturnDisposition>().Select(d => d.ToSnakeCase())));

    /// <summary>A write on one return that honours If-Match, answered with the return and the order's version as ETag.</summary>
    private static async Task<IResult> WithVersionAsync(HttpRequest request, Func<int?, Task<Result<ReturnAtVersion>>> handle)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        return (await ConflictRetry.RunAsync(() => handle(expected.Value))).ToHttp(r => Answer(r));
    }

    private static IResult Answer(ReturnAtVersion answer, int status = StatusCodes.Status200OK, string? location = null) =>
        ETags.VersionedResult(answer.Return.ToResponse<ReturnResponse>(), answer.OrderVersion, status, location);
}
