using Orders.WebApi.Contracts.Orders;

namespace Orders.WebApi.Http;

public static class ETags
{
    public static string For(OrderResponse order) => $"\"{order.Version}\"";

    /// <summary>The order as JSON with its version as the ETag.</summary>
    public static IResult OrderResult(OrderResponse order, int status = StatusCodes.Status200OK, string? location = null) =>
        new OrderHttpResult(order, status, location);

    private sealed class OrderHttpResult(OrderResponse order, int status, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = For(order);
            if (location is not null) httpContext.Response.Headers.Location = location;
            return TypedResults.Json(order, ApiJsonContext.Default.OrderResponse, statusCode: status).ExecuteAsync(httpContext);
        }
    }
}
