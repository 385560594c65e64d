namespace Orders.WebApi.Http;

/// <summary>Marks an answer that repeats an earlier request with the same Idempotency-Key.</summary>
public sealed class ReplayedResult(IResult inner) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers["Idempotent-Replayed"] = "true";
        return inner.ExecuteAsync(httpContext);
    }
}
