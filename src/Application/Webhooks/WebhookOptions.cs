namespace Orders.Application.Webhooks;

/// <summary>The <c>Webhooks</c> section of configuration.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Allow subscriptions to loopback and private-range addresses (tests, a shop's own network).</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Put the customer's email in webhook bodies.</summary>
    public bool IncludeCustomerEmail { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public IEnumerable<string> Problems()
    {
        if (TimeoutSeconds is < 1 or > 300) yield return $"Webhooks:TimeoutSeconds {TimeoutSeconds} must be between 1 and 300.";
    }
}
