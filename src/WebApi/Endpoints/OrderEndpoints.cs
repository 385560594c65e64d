using Microsoft.AspNetCore.Mvc;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.DemoCart;
using Orders.Application.Orders.GetOrder;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.PlaceOrder;
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

        return app;
    }

    private static async Task<IResult> PlaceAsync(
        PlaceOrderRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, PlaceOrderHandler handler,
        CancellationToken ct)
    {
        var items = body.Items ?? [];
        if (items.Any(i => i is null)) return Error.Invalid("items", "Items must be objects with productId and quantity.").ToProblem();
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
        if (parsedStatus.IsFailure) return parsedStatus.Error!.ToProblem();
        var sort = ApiJson.ParseEnum<OrderSort>(sortBy, "sortBy");
        if (sort.IsFailure) return sort.Error!.ToProblem();

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
