using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Infrastructure.Payments.Stripe;

namespace Orders.WebApi.Http;

/// <summary>Marks a payment-webhook request whose signature is valid before the rate limiter runs, so only signed events
/// skip the limit: the check is the endpoint's own (HMAC-SHA256 of "t.body" with the path's secret, 5-minute tolerance;
/// Stripe signs in the same scheme), without parsing the event or touching the database. The body is buffered (at most
/// <see cref="RequestLimits.MaxBodyBytes"/>) so the endpoint reads it again.</summary>
public static class SignedPaymentWebhooks
{
    public const string ManualPath = "/api/payments/webhook";
    public const string StripePath = "/api/payments/stripe/webhook";

    private static readonly object Marker = new();

    public static bool IsSigned(HttpContext context) => context.Items.ContainsKey(Marker);

    public static IApplicationBuilder UseSignedPaymentWebhookCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (SecretFor(context) is { Length: > 0 } secret)
        {
            context.Request.EnableBuffering();
            using (var reader = new StreamReader(context.Request.Body, leaveOpen: true))
            {
                var payload = await reader.ReadToEndAsync(context.RequestAborted);
                var header = context.Request.Headers[IsPath(context.Request, StripePath) ? "Stripe-Signature" : WebhookSignature.HeaderName].ToString();
                var now = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (WebhookSignature.Verify(payload, header, secret, now).IsSuccess) context.Items[Marker] = true;
            }

            context.Request.Body.Position = 0;
        }

        await next(context);
    });

    private static string? SecretFor(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method)) return null;
        var payments = context.RequestServices.GetRequiredService<PaymentOptions>();
        if (IsPath(request, ManualPath)) return payments.WebhookSecret;
        // Stripe's endpoint answers only when Stripe is the provider, as its handler does.
        if (IsPath(request, StripePath) && payments.Provider == PaymentOptions.Stripe)
            return context.RequestServices.GetRequiredService<StripeOptions>().WebhookSecret;
        return null;
    }

    // Routing matches case-insensitively and ignores a trailing slash; so does this.
    private static bool IsPath(HttpRequest request, string path) =>
        string.Equals(request.Path.Value?.TrimEnd('/'), path, StringComparison.OrdinalIgnoreCase);
}
