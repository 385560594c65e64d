using System.Security.Claims;
using Ardalis.Result;
using Microsoft.AspNetCore.Mvc;
using Orders.Application.Common;
using Orders.Application.Invoices;
using Orders.Application.Orders;
using Orders.Application.Orders.CancelOrder;
using Orders.Application.Orders.ChangeStatus;
using Orders.Application.Orders.DemoCart;
using Orders.Application.Orders.GetOrder;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.PlaceOrder;
using Orders.Application.Orders.RejectOrder;
using Orders.Application.Orders.Review;
using Orders.Application.Orders.Stats;
using Orders.Application.Orders.Tracking;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Orders;
using Orders.WebApi.Http;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Endpoints;

public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders").WithTags("Orders").RequireAuthorization();

        group.MapPost("/", PlaceAsync)
            .WithName("PlaceOrder")
            .WithSummary("Place an order; prices come from the catalog and stock is reserved atomically.")
            .WithDescription("Optional header Idempotency-Key: the same key and body return the same order, another body 422.")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/new", PlacePickupAsync)
            .WithName("PlacePickupOrder")
            .WithSummary("For older clients: a JSON array of product ids (an id repeated n times is quantity n) placed as a pickup order.")
            .WithDescription("Same rules, answers and headers as POST /api/orders, Idempotency-Key included; the order is in the name of " +
                "the token's name claim, else the user id.")
            .Produces<OrderResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ListMineAsync)
            .WithName("ListMyOrders")
            .WithSummary("The caller's orders, newest first by default.")
            .Produces<PagedResponse<OrderResponse>>()
            .ProducesValidationProblem();

        group.MapGet("/demo-cart", async (GetDemoCartHandler handler, CancellationToken ct) =>
                TypedResults.Ok((await handler.HandleAsync(ct)).Select(i => i.ToResponse<DemoCartItemResponse>())))
            .AllowAnonymous()
            .WithName("GetDemoCart")
            .WithSummary("A sample cart built from the catalog, for trying the API.");

        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, GetOrderHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetOrderQuery(OrderRef.Parse(id), user.ToContext()), ct)).ToHttp(order => ETags.OrderResult(order.ToResponse<OrderResponse>())))
            .WithName("GetOrder")
            .WithSummary("One order by id or order number (YYYY-MM-NNNN); another user's order is 404.")
            .Produces<OrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/tracking", async (string id, ClaimsPrincipal user, GetTrackingHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetTrackingQuery(OrderRef.Parse(id), user.ToContext()), ct)).ToHttp(t => TypedResults.Ok(t.ToResponse<TrackingResponse>())))
            .WithName("GetOrderTracking")
            .WithSummary("Where the order is: status, carrier, tracking number, estimated delivery and history.")
            .Produces<TrackingResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/invoice", async (string id, ClaimsPrincipal user, GetInvoiceHandler handler, CancellationToken ct) =>
                (await ConflictRetry.RunAsync(() => handler.HandleAsync(new GetInvoiceQuery(OrderRef.Parse(id), user.ToContext()), ct))).ToHttp(f => TypedResults.File(f.Content, "application/pdf", f.FileName)))
            .WithName("GetOrderInvoice")
            .WithSummary("The invoice as a PDF, for orders that were paid (also when canceled or rejected afterwards).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/cancel", async (string id, CancelOrderRequest? body, HttpRequest request, ClaimsPrincipal user, CancelOrderHandler handler, CancellationToken ct) =>
                await WithVersionAsync(request, version => handler.HandleAsync(new(OrderRef.Parse(id), user.ToContext(), body?.Reason, version), ct)))
            .WithName("CancelOrder")
            .WithSummary("Cancel a pending, paid or in-preparation order (owner or admin): stock returns, a payment is refunded.")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id}/review", async (string id, ReviewOrderRequest body, ClaimsPrincipal user, ReviewOrderHandler handler, CancellationToken ct) =>
                (await ConflictRetry.RunAsync(() => handler.HandleAsync(new ReviewOrderCommand(OrderRef.Parse(id), user.ToContext(), body.Rating, body.Comment), ct)))
                    .ToHttp(r => TypedResults.Created($"/api/orders/{r.OrderId}", r.ToResponse<ReviewResponse>())))
            .WithName("ReviewOrder")
            .WithSummary("Rate a delivered order once (owner only): rating 1-5, comment up to 2000 characters.")
            .Produces<ReviewResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var admin = group.MapGroup("/").RequireAuthorization(AuthSetup.AdminPolicy);

        admin.MapPut("/{id}/status", async (string id, ChangeStatusRequest body, HttpRequest request, ClaimsPrincipal user, ChangeOrderStatusHandler handler, CancellationToken ct) =>
                await WithVersionAsync(request, version => handler.HandleAsync(new(
                    OrderRef.Parse(id), user.ToContext(), body.Status, body.Note, body.TrackingNumber, body.ShippingCarrier, version), ct)))
            .WithName("ChangeOrderStatus")
            .WithSummary("Move an order along the status machine (admin). Honours If-Match with the order's ETag.")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        admin.MapPost("/status-update", async (StatusUpdateRequest body, HttpRequest request, ClaimsPrincipal user, ChangeOrderStatusHandler handler, CancellationToken ct) =>
                await WithVersionAsync(request, async version =>
                {
                    var cmd = ChangeOrderStatusCommand.ForOrderInBody(
                        body.OrderId, user.ToContext(), body.Status, body.Note, body.TrackingNumber, body.ShippingCarrier, version);
                    return cmd.IsSuccess ? await handler.HandleAsync(cmd.Value, ct) : cmd.Failed<OrderDto>();
                }))
            .WithName("UpdateOrderStatus")
            .WithSummary("The same as PUT /api/orders/{id}/status, for older clients.")
            .Produces<OrderResponse>()
            .ProducesValidationProblem();

        admin.MapPost("/{id}/reject", async (string id, RejectOrderRequest body, HttpRequest request, ClaimsPrincipal user, RejectOrderHandler handler, CancellationToken ct) =>
                await WithVersionAsync(request, version => handler.HandleAsync(new(OrderRef.Parse(id), user.ToContext(), body.Note, version), ct)))
            .WithName("RejectOrder")
            .WithSummary("Refuse an order (admin, note required): stock returns, a payment is refunded.")
            .Produces<OrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/stats", async (string? dateFrom, string? dateTo, GetOrderStatsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetOrderStatsQuery(dateFrom, dateTo), ct)).ToHttp(s => TypedResults.Ok(s.ToResponse<OrderStatsResponse>())))
            .WithName("GetOrderStats")
            .WithSummary("Orders by status, revenue, average order value and top products (admin).")
            .WithDescription("dateFrom/dateTo: a date means that whole day in the shop's time zone (Shop:TimeZone), both ends " +
                "inclusive; a full timestamp means that instant. Revenue counts orders paid and not canceled or rejected.")
            .Produces<OrderStatsResponse>()
            .ProducesValidationProblem();

        return app;
    }

    /// <summary>GET /api/admin/orders: every user's orders with the admin filters.</summary>
    public static IEndpointRouteBuilder MapAdminOrderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/orders", ListAllAsync)
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .WithTags("Admin")
            .WithName("ListAllOrders")
            .WithSummary("Every user's orders (admin), filtered by status, userId, dateFrom, dateTo and q (order number or product name).")
            .WithDescription("dateFrom/dateTo: a date means that whole day in the shop's time zone (Shop:TimeZone), both ends " +
                "inclusive; a full timestamp means that instant.")
            .Produces<PagedResponse<OrderResponse>>()
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> ListAllAsync(
        string? status, string? userId, string? dateFrom, string? dateTo, string? q, int? page, int? limit, string? sortBy,
        ListAllOrdersHandler handler, CancellationToken ct)
    {
        var parsedStatus = ApiJson.ParseEnum<OrderStatus>(status, "status");
        if (!parsedStatus.IsSuccess) return parsedStatus.ToProblem();
        var sort = ApiJson.ParseEnum<OrderSort>(sortBy, "sortBy");
        if (!sort.IsSuccess) return sort.ToProblem();

        var query = new ListAllOrdersQuery(parsedStatus.Value, userId, dateFrom, dateTo, q, page, limit, sort.Value ?? OrderSort.Newest);
        return (await handler.HandleAsync(query, ct)).ToHttp(list => new WholeJson<PagedResponse<OrderResponse>>(list.ToResponse<OrderDto, OrderResponse>(), ApiJsonContext.Default.PagedResponseOrderResponse));
    }

    /// <summary>A write on one order that honours If-Match, answered with the order and its ETag.</summary>
    private static async Task<IResult> WithVersionAsync(HttpRequest request, Func<int?, Task<Result<OrderDto>>> handle)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        return (await ConflictRetry.RunAsync(() => handle(expected.Value))).ToHttp(order => ETags.OrderResult(order.ToResponse<OrderResponse>()));
    }

    private static async Task<IResult> PlaceAsync(
        PlaceOrderRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user,
        PlaceOrderHandler handler, CancellationToken ct)
    {
        var address = body.ShippingAddress is { } a ? new ShippingAddressInput(a.FullName, a.Street, a.City, a.PostalCode, a.Country, a.Phone) : null;
        var command = new PlaceOrderCommand(user.ToContext(),
            [.. (body.Items ?? []).Select(i => i is null ? null : new PlaceOrderItem(i.ProductId, i.Quantity, i.Price))], address,
            body.ShippingMethod ?? ShippingMethod.Standard, body.PaymentMethod ?? PaymentMethod.Card,
            string.IsNullOrWhiteSpace(body.DiscountCode) ? null : body.DiscountCode, idempotencyKey);

        return await AnswerPlacedAsync(command, handler, ct);
    }

    private static async Task<IResult> PlacePickupAsync(
        IReadOnlyList<string?>? body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user,
        PlaceOrderHandler handler, CancellationToken ct)
    {
        var command = PlaceOrderCommand.PickupOf(body, user.ToContext(), idempotencyKey);
        return command.IsSuccess ? await AnswerPlacedAsync(command.Value, handler, ct) : command.ToProblem();
    }

    private static async Task<IResult> AnswerPlacedAsync(PlaceOrderCommand command, PlaceOrderHandler handler, CancellationToken ct) =>
        (await handler.HandleAsync(command, ct)).ToHttp(placed =>
        {
            var created = ETags.OrderResult(placed.Order.ToResponse<OrderResponse>(), StatusCodes.Status201Created, $"/api/orders/{placed.Order.Id}");
            return placed.Replayed ? new ReplayedResult(created) : created;
        });

    private static async Task<IResult> ListMineAsync(
        string? status, int? page, int? limit, string? sortBy, ClaimsPrincipal user, ListMyOrdersHandler handler, CancellationToken ct)
    {
        var parsedStatus = ApiJson.ParseEnum<OrderStatus>(status, "status");
        if (!parsedStatus.IsSuccess) return parsedStatus.ToProblem();
        var sort = ApiJson.ParseEnum<OrderSort>(sortBy, "sortBy");
        if (!sort.IsSuccess) return sort.ToProblem();

        var query = new ListMyOrdersQuery(user.ToContext(), parsedStatus.Value, page, limit, sort.Value ?? OrderSort.Newest);
        return (await handler.HandleAsync(query, ct)).ToHttp(list => new WholeJson<PagedResponse<OrderResponse>>(list.ToResponse<OrderDto, OrderResponse>(), ApiJsonContext.Default.PagedResponseOrderResponse));
    }
}
