using System.Net;
using global::Stripe;

namespace Orders.Infrastructure.Payments.Stripe;

/// <summary>How a failed Stripe call is read: transient (unreachable, timed out, rate-limited, 5xx, a concurrent request
/// with the same idempotency key) or a refusal that retrying cannot change.</summary>
internal static class StripeFailures
{
    public static bool IsFailure(Exception ex, CancellationToken ct) =>
        !ct.IsCancellationRequested && ex is StripeException or HttpRequestException or TaskCanceledException or TimeoutException;

    public static bool IsTransient(Exception ex) => ex switch
    {
        StripeException { InnerException: HttpRequestException or TaskCanceledException or TimeoutException } => true,
        StripeException s => s.HttpStatusCode == 0 || (int)s.HttpStatusCode >= 500
            || s.HttpStatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Conflict,
        _ => true,
    };

    public static string? RequestId(Exception ex) => (ex as StripeException)?.StripeResponse?.RequestId;

    public static int Status(Exception ex) => ex is StripeException s ? (int)s.HttpStatusCode : 0;

    public static string Reason(Exception ex) => ex is StripeException { StripeError: { } error }
        ? $"{error.Type}{(error.Code is null ? "" : $"/{error.Code}")}: {error.Message}"
        : ex.Message;
}
