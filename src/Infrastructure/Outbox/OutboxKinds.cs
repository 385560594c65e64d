namespace Orders.Infrastructure.Outbox;

public static class OutboxKinds
{
    public const string Email = "email";
    public const string Webhook = "webhook";
}
