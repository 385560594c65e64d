namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>A refund the fake Stripe created, with the metadata it was asked with (<c>refund_id</c>, <c>refund_key</c>).</summary>
public sealed record FakeRefund(string Id, string IntentId, long Amount, string Currency, string Status, IReadOnlyDictionary<string, string> Metadata)
{
    public string? RefundId => Metadata.GetValueOrDefault("refund_id");
}
