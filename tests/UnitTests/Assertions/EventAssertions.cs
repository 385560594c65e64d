using Orders.Domain.Common;

namespace Orders.UnitTests.Assertions;

public static class EventAssertions
{
    /// <summary>Asserts that the aggregate raised exactly one event, of type <typeparamref name="T"/>, and returns it.</summary>
    public static T ShouldHaveRaisedOnly<T>(this AggregateRoot aggregate) where T : IDomainEvent =>
        aggregate.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<T>();

    /// <summary>Asserts that the aggregate raised exactly one event of type <typeparamref name="T"/> (and maybe events of
    /// other types beside it), and returns it.</summary>
    public static T ShouldHaveRaisedOne<T>(this AggregateRoot aggregate) where T : IDomainEvent =>
        aggregate.DomainEvents.OfType<T>().ShouldHaveSingleItem();

    public static void ShouldHaveRaisedNothing(this AggregateRoot aggregate) => aggregate.DomainEvents.ShouldBeEmpty();
}
