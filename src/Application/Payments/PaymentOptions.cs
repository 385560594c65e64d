using Orders.Domain.Common;
using Orders.Domain.Orders;

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

    /// <summary>How long an order may stay pending with its payment not succeeded before the system cancels it;
    /// <c>00:00:00</c> means never, for every method (the per-method values included).</summary>
    public TimeSpan PendingExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary><see cref="PendingExpiry"/> for one payment method, keyed by its API name (<c>bank_transfer</c>);
    /// <c>00:00:00</c> means never for that method. Slow methods get a week by default.</summary>
    public Dictionary<string, TimeSpan> PendingExpiryByMethod { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [PaymentMethod.BankTransfer.ToSnakeCase()] = TimeSpan.FromDays(7),
        [PaymentMethod.CashOnDelivery.ToSnakeCase()] = TimeSpan.FromDays(7),
    };

    // Ten years: longer means "never" (00:00:00), and a bound keeps date arithmetic with it in range.
    private static readonly TimeSpan MaxExpiry = TimeSpan.FromDays(3650);

    /// <summary>How long an unpaid order of <paramref name="method"/> is kept; <see cref="TimeSpan.Zero"/> for never.</summary>
    public TimeSpan ExpiryFor(PaymentMethod method)
    {
        if (PendingExpiry == TimeSpan.Zero) return TimeSpan.Zero;
        foreach (var (key, value) in PendingExpiryByMethod)
            if (NamesMethod(key, method)) return value;
        return PendingExpiry;
    }

    // The API's name (bank_transfer) or the enum's (BankTransfer), in any case: configuration keys are case-insensitive.
    private static bool NamesMethod(string key, PaymentMethod method) =>
        string.Equals(key, method.ToSnakeCase(), StringComparison.OrdinalIgnoreCase)
        || string.Equals(key, method.ToString(), StringComparison.OrdinalIgnoreCase);

    public IEnumerable<string> Problems()
    {
        if (KeepProcessedEventsDays < 1) yield return "Payments:KeepProcessedEventsDays must be at least 1.";
        if (PendingExpiry < TimeSpan.Zero || PendingExpiry > MaxExpiry)
            yield return "Payments:PendingExpiry must be between 00:00:00 (never) and 3650.00:00:00.";
        foreach (var (key, value) in PendingExpiryByMethod)
        {
            if (!Enum.GetValues<PaymentMethod>().Any(m => NamesMethod(key, m)))
                yield return $"Payments:PendingExpiryByMethod:{key} names no payment method; use one of " +
                    $"{string.Join(", ", Enum.GetValues<PaymentMethod>().Select(m => m.ToSnakeCase()))}.";
            if (value < TimeSpan.Zero || value > MaxExpiry)
                yield return $"Payments:PendingExpiryByMethod:{key} must be between 00:00:00 (never) and 3650.00:00:00.";
        }
        if (Provider is not (Manual or Stripe))
            yield return $"Payments:Provider '{Provider}' is not a provider this service has; use {Manual} or {Stripe}.";
    }
}
