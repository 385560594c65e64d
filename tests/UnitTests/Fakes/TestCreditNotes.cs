using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Fakes;

/// <summary>Credit note numbering on counters of the given unit of work, at the builder's time.</summary>
public static class TestCreditNotes
{
    public static CreditNoteNumbering Numbering(FakeUnitOfWork uow) =>
        new(new FakeNumberSequences(uow), new ShopOptions(), new FixedTimeProvider(OrderBuilder.PlacedAt));
}
