namespace Orders.Application.Payments;

/// <summary>The <c>Payments</c> section of configuration.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Payments";

    public string Provider { get; set; } = "manual";

    /// <summary>Signs the provider's events to <c>POST /api/payments/webhook</c>; without it every event is refused.</summary>
    public string? WebhookSecret { get; set; }

    public IEnumerable<string> Problems()
    {
        if (Provider is not "manual") yield return $"Payments:Provider '{Provider}' is not a provider this service has; use manual.";
    }
}
