using Orders.WebApi.Contracts.Orders;

namespace Orders.WebApi.Http;

public static class ETags
{
    public static string For(OrderResponse order) => For(order.Version);

    public static string For(int version) => $"\"{version}\"";

    /// <summary>The order as JSON with its version as the ETag.</summary>
    public static IResult OrderResult(OrderResponse order, int status = StatusCodes.Status200OK, string? location = null) =>
        new OrderHttpResult(order, status, location);

    /// <summary>Another answer about one order (a shipment, a list of them) as JSON, with the order's version as the ETag.</summary>
    public static IResult VersionedResult<T>(T body, int version, int status = StatusCodes.Status200OK, string? location = null) =>
        new VersionedHttpResult<T>(body, version, status, location);

    private sealed class VersionedHttpResult<T>(T body, int version, int status, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = For(version);
            if (location is not null) httpContext.Response.Headers.Location = location;
            return TypedResults.Json(body, statusCode: status).ExecuteAsync(httpContext);
        }
    }

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
