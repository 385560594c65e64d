using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Orders.WebApi.Http;

public static class RateLimitingSetup
{
    /// <summary>A fixed window of <c>RateLimiting:PermitsPerMinute</c> requests a minute (default 600; 0 turns it off)
    /// per user for a caller whose token was accepted, and per client address (as seen through the known proxies; an
    /// IPv6 client per /64, the block one subscriber gets) for every other request, refused tokens included. Refusals
    /// are 429 problems with Retry-After. Health probes and payment webhooks whose signature is valid are never limited:
    /// a refused probe restarts a healthy instance, and a refused payment event leaves an order unpaid until the
    /// provider retries. It runs between authentication, which only says who the caller is, and authorization, which
    /// refuses: see <see cref="UseOrdersRateLimiting"/>.</summary>
    public static IServiceCollection AddOrdersRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitsPerMinute", 600);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (permits <= 0 || IsExempt(context)) return RateLimitPartition.GetNoLimiter("exempt");
                var user = context.User.Identity?.IsAuthenticated == true ? context.User.FindContext()?.Id : null;
                var key = user is not null ? $"user:{user}" : $"ip:{ClientKey(context.Connection.RemoteIpAddress)}";
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

    /// <summary>After authentication (the partitions need to know whose token was accepted) and before authorization (so
    /// that requests it refuses with 401 or 403 are counted too); payment webhooks have their signature checked first.</summary>
    public static IApplicationBuilder UseOrdersRateLimiting(this IApplicationBuilder app) =>
        app.UseSignedPaymentWebhookCheck().UseRateLimiter();

    private static bool IsExempt(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health") || SignedPaymentWebhooks.IsSigned(context);

    /// <summary>An IPv4 client by its address; an IPv6 one by its /64, since one subscriber usually holds a whole /64 and
    /// could otherwise take a new bucket per request.</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
