namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>One request the fake Stripe received; <see cref="Status"/> 0 when it hung until the client gave up.</summary>
public sealed record StripeCall(
    string Path, IReadOnlyDictionary<string, string> Form, string? IdempotencyKey, string Authorization, int Status, bool Replayed,
    DateTimeOffset At);
