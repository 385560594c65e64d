using System.Text.Json.Serialization.Metadata;
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
        new VersionedHttpResult<T>(body, null, version, status, location);

    /// <summary>As <see cref="VersionedResult{T}(T, int, int, string?)"/>, written by <see cref="ApiJsonContext"/>'s
    /// generated code (answers that carry a whole order).</summary>
    public static IResult VersionedResult<T>(T body, JsonTypeInfo<T> type, int version, int status = StatusCodes.Status200OK) =>
        new VersionedHttpResult<T>(body, type, version, status, null);

    private sealed class VersionedHttpResult<T>(T body, JsonTypeInfo<T>? type, int version, int status, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = For(version);
            if (location is not null) httpContext.Response.Headers.Location = location;
            IResult json = type is null ? TypedResults.Json(body, statusCode: status) : new WholeJson<T>(body, type, status);
            return json.ExecuteAsync(httpContext);
        }
    }

    private sealed class OrderHttpResult(OrderResponse order, int status, string? location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ETag = For(order);
            if (location is not null) httpContext.Response.Headers.Location = location;
            return new WholeJson<OrderResponse>(order, ApiJsonContext.Default.OrderResponse, status).ExecuteAsync(httpContext);
        }
    }
}
