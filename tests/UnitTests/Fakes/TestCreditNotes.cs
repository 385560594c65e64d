using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Application.Invoices;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Fakes;

/// <summary>Credit note numbering on counters of the given unit of work, at the builder's time, keeping what it issues in
/// the given archives (fresh ones when none are given).</summary>
public static class TestCreditNotes
{
    public static CreditNoteNumbering Numbering(
        FakeUnitOfWork uow, InMemoryInvoiceArchive? invoices = null, InMemoryCreditNoteArchive? creditNotes = null)
    {
        var shop = new ShopOptions();
        var clock = new FixedTimeProvider(OrderBuilder.PlacedAt);
        var sequences = new FakeNumberSequences(uow);
        var invoiceDocument = new InvoiceDocument(shop, new InvoiceOptions());
        var invoiceNumbering = new InvoiceNumbering(
            sequences, new InMemoryOrderRepository(), invoices ?? new InMemoryInvoiceArchive(), invoiceDocument, uow, shop, clock);
        return new CreditNoteNumbering(
            sequences, invoiceNumbering, creditNotes ?? new InMemoryCreditNoteArchive(), new CreditNoteDocument(shop, invoiceDocument), shop, clock);
    }
}
