namespace Orders.Domain.Common;

public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
