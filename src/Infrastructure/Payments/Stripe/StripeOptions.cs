namespace Orders.Infrastructure.Payments.Stripe;

/// <summary>The <c>Stripe</c> section, required when <c>Payments:Provider</c> is <c>stripe</c>. The keys are secrets:
/// never logged, never in an answer.</summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";
    public const string DefaultApiBase = "https://api.stripe.com";

    /// <summary>The secret API key (<c>sk_live_…</c> or <c>sk_test_…</c>).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The signing secret of the webhook endpoint registered in the dashboard (<c>whsec_…</c>).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API by default; the tests point it at a local fake.</summary>
    public string ApiBase { get; set; } = DefaultApiBase;

    /// <summary>Per attempt. Placement waits this long (times the attempts) at most, so it stays well under the idempotency lease.</summary>
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Retries of a failed call by Stripe.net itself, with the same idempotency key.</summary>
    public int MaxNetworkRetries { get; set; } = 1;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(SecretKey)) yield return "Stripe:SecretKey is required when Payments:Provider is stripe.";
        if (string.IsNullOrWhiteSpace(WebhookSecret)) yield return "Stripe:WebhookSecret is required when Payments:Provider is stripe.";
        if (!Uri.TryCreate(ApiBase, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            yield return $"Stripe:ApiBase '{ApiBase}' is not an http(s) URL.";
        if (TimeoutSeconds is < 1 or > 30) yield return "Stripe:TimeoutSeconds must be between 1 and 30.";
        if (MaxNetworkRetries is < 0 or > 2) yield return "Stripe:MaxNetworkRetries must be between 0 and 2.";
    }
}
