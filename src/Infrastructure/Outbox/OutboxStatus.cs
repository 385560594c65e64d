namespace Orders.Infrastructure.Outbox;

public enum OutboxStatus
{
    Pending,
    Sent,
    Dead,
}
