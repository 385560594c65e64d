using Microsoft.AspNetCore.Mvc;
using Orders.Application.Common;
using Orders.Application.Invoices;
using Orders.Application.Orders;
using Orders.Application.Orders.ChangeStatus;
using Orders.Application.Orders.DemoCart;
using Orders.Application.Orders.GetOrder;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.PlaceOrder;
using Orders.Application.Orders.Review;
using Orders.Application.Orders.Stats;
using Orders.Application.Orders.Tracking;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Http;

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
            .Produces<OrderDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", ListMineAsync)
            .WithName("ListMyOrders")
            .WithSummary("The caller's orders, newest first by default.")
            .Produces<PagedList<OrderDto>>()
            .ProducesValidationProblem();

        group.MapGet("/demo-cart", async (GetDemoCartHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
            .AllowAnonymous()
            .WithName("GetDemoCart")
            .WithSummary("A sample cart built from the catalog, for trying the API.");

        group.MapGet("/{id}", async (string id, GetOrderHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetOrderQuery(OrderRef.Parse(id)), ct)).ToHttp(order => ETags.OrderResult(order)))
            .WithName("GetOrder")
            .WithSummary("One order by id or order number (YYYY-MM-NNNN); another user's order is 404.")
            .Produces<OrderDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/tracking", async (string id, GetTrackingHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(OrderRef.Parse(id), ct)).ToHttp(t => TypedResults.Ok(t)))
            .WithName("GetOrderTracking")
            .WithSummary("Where the order is: status, carrier, tracking number, estimated delivery and history.")
            .Produces<TrackingDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/invoice", async (string id, GetInvoiceHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(OrderRef.Parse(id), ct)).ToHttp(f => TypedResults.File(f.Content, "application/pdf", f.FileName)))
            .WithName("GetOrderInvoice")
            .WithSummary("The invoice as a PDF, for orders that were paid (also when canceled or rejected afterwards).")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id}/cancel", async (string id, CancelOrderRequest? body, HttpRequest request, ChangeOrderStatusHandler handler, CancellationToken ct) =>
                await ChangeStatusAsync(request, handler, version => new ChangeOrderStatusCommand(
                    OrderRef.Parse(id), OrderStatus.Canceled, body?.Reason, ExpectedVersion: version), ct))
            .WithName("CancelOrder")
            .WithSummary("Cancel a pending, paid or in-preparation order (owner or admin): stock returns, a payment is refunded.")
            .Produces<OrderDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id}/review", async (string id, ReviewOrderRequest body, ReviewOrderHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ReviewOrderCommand(OrderRef.Parse(id), body.Rating, body.Comment), ct))
                    .ToHttp(r => TypedResults.Created($"/api/orders/{r.OrderId}", r)))
            .WithName("ReviewOrder")
            .WithSummary("Rate a delivered order once (owner only): rating 1-5, comment up to 2000 characters.")
            .Produces<ReviewDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var admin = group.MapGroup("/").RequireAuthorization(AuthSetup.AdminPolicy);

        admin.MapPut("/{id}/status", async (string id, ChangeStatusRequest body, HttpRequest request, ChangeOrderStatusHandler handler, CancellationToken ct) =>
                body.Status is not { } status
                    ? Failure.Field("status", "Is required.").ToProblem()
                    : await ChangeStatusAsync(request, handler, version => new ChangeOrderStatusCommand(
                        OrderRef.Parse(id), status, body.Note, body.TrackingNumber, body.ShippingCarrier, version), ct))
            .WithName("ChangeOrderStatus")
            .WithSummary("Move an order along the status machine (admin). Honours If-Match with the order's ETag.")
            .Produces<OrderDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        admin.MapPost("/status-update", async (StatusUpdateRequest body, HttpRequest request, ChangeOrderStatusHandler handler, CancellationToken ct) =>
                body.Status is not { } status || string.IsNullOrWhiteSpace(body.OrderId)
                    ? Failure.Invalid("order.invalid_status_update", "orderId and status are required.", new Dictionary<string, string[]>
                    {
                        ["orderId"] = ["Is required."], ["status"] = ["Is required."],
                    }).ToProblem()
                    : await ChangeStatusAsync(request, handler, version => new ChangeOrderStatusCommand(
                        OrderRef.Parse(body.OrderId), status, body.Note, body.TrackingNumber, body.ShippingCarrier, version), ct))
            .WithName("UpdateOrderStatus")
            .WithSummary("The same as PUT /api/orders/{id}/status, for older clients.")
            .Produces<OrderDto>()
            .ProducesValidationProblem();

        admin.MapPost("/{id}/reject", async (string id, RejectOrderRequest body, HttpRequest request, ChangeOrderStatusHandler handler, CancellationToken ct) =>
                await ChangeStatusAsync(request, handler, version => new ChangeOrderStatusCommand(
                    OrderRef.Parse(id), OrderStatus.Rejected, body.Note, ExpectedVersion: version), ct))
            .WithName("RejectOrder")
            .WithSummary("Refuse an order (admin, note required): stock returns, a payment is refunded.")
            .Produces<OrderDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/stats", async (string? dateFrom, string? dateTo, GetOrderStatsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(dateFrom, dateTo, ct)).ToHttp(s => TypedResults.Ok(s)))
            .WithName("GetOrderStats")
            .WithSummary("Orders by status, revenue, average order value and top products (admin).")
            .WithDescription("dateFrom/dateTo: a date means that whole day in the shop's time zone (Shop:TimeZone), both ends " +
                "inclusive; a full timestamp means that instant. Revenue counts orders paid and not canceled or rejected.")
            .Produces<OrderStatsDto>()
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
            .Produces<PagedList<OrderDto>>()
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
        return (await handler.HandleAsync(query, ct)).ToHttp(list => TypedResults.Ok(list));
    }

    private static async Task<IResult> ChangeStatusAsync(
        HttpRequest request, ChangeOrderStatusHandler handler, Func<int?, ChangeOrderStatusCommand> command, CancellationToken ct)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        return (await handler.HandleAsync(command(expected.Value), ct)).ToHttp(order => ETags.OrderResult(order));
    }

    private static async Task<IResult> PlaceAsync(
        PlaceOrderRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, PlaceOrderHandler handler,
        CancellationToken ct)
    {
        var items = body.Items ?? [];
        if (items.Any(i => i is null)) return Failure.Field("items", "Items must be objects with productId and quantity.").ToProblem();
        var command = new PlaceOrderCommand(
            [.. items.Select(i => i!)], body.ShippingAddress, body.ShippingMethod ?? ShippingMethod.Standard,
            body.PaymentMethod ?? PaymentMethod.Card, string.IsNullOrWhiteSpace(body.DiscountCode) ? null : body.DiscountCode, idempotencyKey);

        return (await handler.HandleAsync(command, ct)).ToHttp(placed =>
        {
            if (placed.Replayed) return new ReplayedResult(ETags.OrderResult(placed.Order, StatusCodes.Status201Created, $"/api/orders/{placed.Order.Id}"));
            return ETags.OrderResult(placed.Order, StatusCodes.Status201Created, $"/api/orders/{placed.Order.Id}");
        });
    }

    private static async Task<IResult> ListMineAsync(
        string? status, int? page, int? limit, string? sortBy, ListMyOrdersHandler handler, CancellationToken ct)
    {
        var parsedStatus = ApiJson.ParseEnum<OrderStatus>(status, "status");
        if (!parsedStatus.IsSuccess) return parsedStatus.ToProblem();
        var sort = ApiJson.ParseEnum<OrderSort>(sortBy, "sortBy");
        if (!sort.IsSuccess) return sort.ToProblem();

        var query = new ListMyOrdersQuery(parsedStatus.Value, page, limit, sort.Value ?? OrderSort.Newest);
        return (await handler.HandleAsync(query, ct)).ToHttp(list => TypedResults.Ok(list));
    }

    /// <summary>Marks an answer that repeats an earlier request with the same Idempotency-Key.</summary>
    private sealed class ReplayedResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
