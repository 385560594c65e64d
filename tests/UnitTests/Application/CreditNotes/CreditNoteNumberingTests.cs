using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.CreditNotes;

/// <summary>What a credit note says, frozen in its refund's save: every credited amount negative, the parts adding up to
/// the total, and the tax of a line's units adding up to the line's tax however many steps refund them.</summary>
public class CreditNoteNumberingTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddDays(1);

    private readonly FakeUnitOfWork _uow = new();
    private readonly InMemoryInvoiceArchive _invoices = new();
    private readonly InMemoryCreditNoteArchive _creditNotes = new();
    private readonly CreditNoteNumbering _numbering;

    public CreditNoteNumberingTests() => _numbering = TestCreditNotes.Numbering(_uow, _invoices, _creditNotes);

    // Three units of 33.33 and one of 10.00 with 10% off and 21% tax: shares that do not divide evenly.
    private static Order PaidOrder() => new OrderBuilder()
        .WithLine("p1", 3333, 3, "Lámpara").WithLine("p2", 1000, 1).WithDiscount(new DiscountBuilder().PercentOff(10).Build()).WithTaxRate(21)
        .WithPaymentIntent().Paid().Build();

    private static RefundDraft Units(string line, int quantity) => new([new(line, quantity)], null, 0, 0, null);

    private async Task<CreditNoteData> IssueAsync(Order order)
    {
        _numbering.IssueOnSave(order);
        (await _uow.SaveChangesAsync(default)).IsSuccess.ShouldBeTrue();
        return _creditNotes.Issued.Single(n => n.Number == order.CreditNotes[^1].Number).Data;
    }

    private static void ShouldAddUp(CreditNoteData note, Refund refund)
    {
        note.Total.ShouldBe(-refund.Amount);
        (note.Subtotal + note.Discount + note.Tax + note.Shipping + note.Adjustment).ShouldBe(note.Total);
        note.Lines.Sum(l => l.LineTotal).ShouldBe(note.Subtotal);
        note.Lines.ShouldAllBe(l => l.Quantity < 0 && l.LineTotal == l.Quantity * l.UnitPrice);
    }

    [Fact]
    public async Task CancelingAPaidOrder_IssuesTheInvoiceFirst_ThenACreditNoteOfEverythingInNegativeAmounts()
    {
        var order = PaidOrder();
        var version = order.Version;
        order.Cancel(OrderBuilder.Admin, "Out of stock", Later).IsSuccess.ShouldBeTrue();
        var versionAfterCancel = order.Version;

        var note = await IssueAsync(order);

        order.InvoiceNumber.ShouldBe("FV-2026-00000001");
        order.Version.ShouldBe(versionAfterCancel, "the invoice numbered with the refund is part of that change");
        versionAfterCancel.ShouldBeGreaterThan(version);
        var invoice = _invoices.Issued.ShouldHaveSingleItem();
        invoice.Number.ShouldBe("FV-2026-00000001");
        invoice.Data!.Total.ShouldBe(order.Total);
        invoice.Document.ShouldBeNull("it is printed on its first download");

        note.Number.ShouldBe("FR-2026-00000001");
        order.CreditNotes.ShouldHaveSingleItem().Number.ShouldBe(note.Number);
        note.InvoiceNumber.ShouldBe("FV-2026-00000001");
        note.InvoiceDate.ShouldBe(DateOnly.FromDateTime(OrderBuilder.PlacedAt.UtcDateTime));
        note.OrderNumber.ShouldBe(order.OrderNumber);
        note.RefundId.ShouldBe(order.Refunds[0].Id);
        note.Reason.ShouldBe("Out of stock");
        note.Currency.ShouldBe("USD");
        note.Lines.Select(l => (l.Description, l.Quantity, l.UnitPrice, l.LineTotal))
            .ShouldBe([("Lámpara", -3, 3333L, -9999L), ("Product p2", -1, 1000L, -1000L)]);
        note.Subtotal.ShouldBe(-order.Subtotal);
        note.Discount.ShouldBe(order.DiscountAmount);
        note.DiscountCode.ShouldBe(order.DiscountCode);
        note.Tax.ShouldBe(-order.Tax);
        note.TaxRatePercent.ShouldBe(21m);
        note.Shipping.ShouldBe(-order.ShippingCost);
        note.Adjustment.ShouldBe(0);
        note.Total.ShouldBe(-order.Total);
        ShouldAddUp(note, order.Refunds[0]);
    }

    [Fact]
    public async Task ThreeOneUnitRefunds_OfADiscountedTaxedLine_CarryExactlyItsTaxAndDiscount()
    {
        var order = PaidOrder();
        var notes = new List<CreditNoteData>();

        for (var i = 0; i < 3; i++)
        {
            order.CreateRefund(OrderBuilder.Admin, Units("line-p1", 1), Later).IsSuccess.ShouldBeTrue();
            var note = await IssueAsync(order);
            ShouldAddUp(note, order.Refunds[i]);
            note.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(-1);
            notes.Add(note);
        }

        notes.Select(n => n.Number).ShouldBe(["FR-2026-00000001", "FR-2026-00000002", "FR-2026-00000003"]);
        order.InvoiceNumber.ShouldBe("FV-2026-00000001");
        _invoices.Issued.ShouldHaveSingleItem();
        notes.Sum(n => n.Total).ShouldBe(-order.PaidTotals()[0]);
        notes.Sum(n => n.Tax).ShouldBe(-order.TaxShares()[0]);
        notes.Sum(n => n.Subtotal + n.Discount).ShouldBe(-(order.PaidTotals()[0] - order.TaxShares()[0]));
    }

    [Fact]
    public async Task AGoodwillAdjustment_ThenACancel_NetOut_AndTheNotesCarryTheOrdersTaxExactly()
    {
        var order = PaidOrder();
        order.CreateRefund(OrderBuilder.Admin, new RefundDraft(null, null, 150, 500, "Late parcel"), Later).IsSuccess.ShouldBeTrue();
        var goodwill = await IssueAsync(order);
        order.Cancel(OrderBuilder.Admin, null, Later).IsSuccess.ShouldBeTrue();
        var rest = await IssueAsync(order);

        goodwill.Adjustment.ShouldBe(-500);
        goodwill.Shipping.ShouldBe(-150);
        goodwill.Lines.ShouldBeEmpty();
        goodwill.Tax.ShouldBe(0);
        ShouldAddUp(goodwill, order.Refunds[0]);
        rest.Adjustment.ShouldBe(500, "the refund of what is left nets out what the goodwill already gave");
        rest.Shipping.ShouldBe(-(order.ShippingCost - 150));
        ShouldAddUp(rest, order.Refunds[1]);
        (goodwill.Total + rest.Total).ShouldBe(-order.Total);
        (goodwill.Tax + rest.Tax).ShouldBe(-order.Tax);
    }

    [Fact]
    public async Task AnOrderInvoicedAlready_KeepsItsInvoice()
    {
        var order = PaidOrder();
        order.AssignInvoiceNumber("FV-2026-00000042", OrderBuilder.PlacedAt).IsSuccess.ShouldBeTrue();
        order.CreateRefund(OrderBuilder.Admin, Units("line-p2", 1), Later).IsSuccess.ShouldBeTrue();

        var note = await IssueAsync(order);

        note.InvoiceNumber.ShouldBe("FV-2026-00000042");
        order.InvoiceNumber.ShouldBe("FV-2026-00000042");
        _invoices.Issued.ShouldBeEmpty();
    }

    [Fact]
    public async Task ASaveThatFails_GivesItsNumbersBack()
    {
        var order = PaidOrder();
        order.CreateRefund(OrderBuilder.Admin, Units("line-p2", 1), Later).IsSuccess.ShouldBeTrue();
        _numbering.IssueOnSave(order);
        _uow.FailNextSaveWith = UnitOfWorkErrors.ConcurrentChange;
        (await _uow.SaveChangesAsync(default)).IsSuccess.ShouldBeFalse();

        var other = PaidOrder();
        other.CreateRefund(OrderBuilder.Admin, Units("line-p2", 1), Later).IsSuccess.ShouldBeTrue();
        var note = await IssueAsync(other);

        note.Number.ShouldBe("FR-2026-00000001");
        note.InvoiceNumber.ShouldBe("FV-2026-00000001");
    }

    [Fact]
    public async Task AnOrderWithoutNewRefunds_TakesNoNumbers()
    {
        var order = PaidOrder();

        _numbering.IssueOnSave(order);
        (await _uow.SaveChangesAsync(default)).IsSuccess.ShouldBeTrue();

        order.InvoiceNumber.ShouldBeNull();
        _creditNotes.Issued.ShouldBeEmpty();
    }
}
