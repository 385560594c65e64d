using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Orders.WebApi.Http;

public static class RateLimitingSetup
{
    /// <summary>A fixed window per user (or per client address when anonymous, as seen through the known proxies):
    /// <c>RateLimiting:PermitsPerMinute</c> requests a minute (default 600; 0 turns it off). Refusals are 429 problems
    /// with Retry-After. Health probes and the signed payment webhooks are never limited: a refused probe restarts a
    /// healthy instance, and a refused payment event leaves an order unpaid until the provider retries.</summary>
    public static IServiceCollection AddOrdersRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitsPerMinute", 600);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (permits <= 0 || IsExempt(context.Request)) return RateLimitPartition.GetNoLimiter("exempt");
                var user = context.User.FindContext()?.Id;
                var key = user is not null ? $"user:{user}" : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests.",
                        Detail = $"Slow down: try again in {(int)Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
                    },
                });
            };
        });
    }

    private static readonly string[] SignedWebhooks = ["/api/payments/webhook", "/api/payments/stripe/webhook"];

    private static bool IsExempt(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/health")) return true;
        var path = request.Path.Value?.TrimEnd('/');
        return HttpMethods.IsPost(request.Method) && SignedWebhooks.Contains(path, StringComparer.OrdinalIgnoreCase);
    }
}
