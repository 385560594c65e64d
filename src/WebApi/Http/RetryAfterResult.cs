using System.Globalization;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Http;

/// <summary>A problem answer that also tells the client when to try again (<c>Retry-After</c>, in seconds).</summary>
public sealed class RetryAfterResult(IResult problem, int seconds) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return problem.ExecuteAsync(httpContext);
    }
}
