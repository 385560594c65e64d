using Microsoft.Extensions.Options;

namespace Orders.Infrastructure.Outbox;

public sealed class OutboxOptionsValidation : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions o)
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok) errors.Add($"{OutboxOptions.Section}:{message}");
        }

        Check(o.PollIntervalMilliseconds is >= 10 and <= 60_000, "PollIntervalMilliseconds must be 10 to 60000.");
        Check(o.BatchSize is >= 1 and <= 1000, "BatchSize must be 1 to 1000.");
        Check(o.MaxAttempts >= 1, "MaxAttempts must be at least 1.");
        Check(o.BaseDelaySeconds > 0 && o.MaxDelaySeconds >= o.BaseDelaySeconds, "BaseDelaySeconds must be positive and at most MaxDelaySeconds.");
        Check(o.HeartbeatSeconds >= 1, "HeartbeatSeconds must be at least 1.");
        // Two heartbeats may fail before a running send loses its claim.
        Check(o.LeaseSeconds >= 3 * o.HeartbeatSeconds, "LeaseSeconds must be at least three times HeartbeatSeconds.");
        Check(o.EmailConcurrency is >= 1 and <= 64, "EmailConcurrency must be 1 to 64.");
        Check(o.WebhookConcurrency is >= 1 and <= 256, "WebhookConcurrency must be 1 to 256.");
        Check(o.WebhookConcurrencyPerSubscription >= 1 && o.WebhookConcurrencyPerSubscription <= o.WebhookConcurrency,
            "WebhookConcurrencyPerSubscription must be 1 to WebhookConcurrency.");
        Check(o.BreakerFailureThreshold >= 1, "BreakerFailureThreshold must be at least 1.");
        Check(o.BreakerOpenSeconds >= 1, "BreakerOpenSeconds must be at least 1.");
        Check(o.KeepSentDays >= 1, "KeepSentDays must be at least 1.");
        Check(o.KeepDeadDays >= 1, "KeepDeadDays must be at least 1.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
