namespace Orders.Application.Payments;

/// <summary>The <c>Payments</c> section of configuration.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";
    public const string Manual = "manual";
    public const string Stripe = "stripe";

    /// <summary><c>manual</c> (default) or <c>stripe</c> (then the <c>Stripe</c> section is required).</summary>
    public string Provider { get; set; } = Manual;

    /// <summary>Signs the manual provider's events to <c>POST /api/payments/webhook</c>; without it every event is refused.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How long processed event ids are kept (the housekeeping deletes older ones). Past it a redelivered
    /// event would be processed again, so it outlasts any provider's retries (Stripe's: three days; a manual event older
    /// than five minutes is refused anyway).</summary>
    public int KeepProcessedEventsDays { get; set; } = 30;

    public IEnumerable<string> Problems()
    {
        if (KeepProcessedEventsDays < 1) yield return "Payments:KeepProcessedEventsDays must be at least 1.";
        if (Provider is not (Manual or Stripe))
            yield return $"Payments:Provider '{Provider}' is not a provider this service has; use {Manual} or {Stripe}.";
    }
}
