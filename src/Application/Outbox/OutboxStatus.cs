namespace Orders.Application.Outbox;

public enum OutboxStatus
{
    Pending,
    Sent,
    Dead,
}
