namespace Orders.Infrastructure.Outbox;

public static class OutboxKinds
{
    public const string Email = "email";
    public const string Webhook = "webhook";

    /// <summary>A refund to ask of the payment provider named in <see cref="Orders.Application.Outbox.OutboxMessage.Target"/>.</summary>
    public const string Refund = "refund";

    /// <summary>An unpaid order's intent to cancel at the payment provider named in
    /// <see cref="Orders.Application.Outbox.OutboxMessage.Target"/>.</summary>
    public const string IntentCancel = "intent_cancel";

    /// <summary>Kinds whose messages carry money: housekeeping never deletes them, sent or dead. A dead one is money a
    /// customer is owed until the shop settles it by hand; a sent one records that the provider was asked.</summary>
    public static readonly IReadOnlyList<string> Money = [Refund];
}
