namespace Orders.Infrastructure.Persistence;

/// <summary>How long the housekeeping keeps processed payment event ids (<c>Payments:KeepProcessedEventsDays</c>). Past
/// it a redelivered event would be processed again, so it outlasts any provider's retries (Stripe's: three days; a
/// manual event older than five minutes is refused anyway).</summary>
public sealed class PaymentEventRetention
{
    public const string Section = "Payments";

    public int KeepProcessedEventsDays { get; set; } = 30;
}
