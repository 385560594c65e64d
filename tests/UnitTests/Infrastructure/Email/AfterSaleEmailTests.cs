using Orders.Application.Common;
using Orders.Domain.Orders;
using Orders.Infrastructure.Email;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Localization;
using Orders.Infrastructure.Outbox;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Infrastructure.Email;

/// <summary>The built-in emails about what happens after the sale (<c>shipment_created</c>, <c>return_updated</c>,
/// <c>refund_succeeded</c>) rendered in both languages from an order taken there by the real verbs.</summary>
public sealed class AfterSaleEmailTests : IDisposable
{
    private static readonly EmailTemplates BuiltIn = EmailTemplates.Load(null);
    private static readonly DateTimeOffset Now = OrderBuilder.PlacedAt.AddDays(1);
    private const string Lamp = "line-lamp";
    private const string Cable = "line-cable";
    private readonly string _overrides = Directory.CreateTempSubdirectory("orders-after-sale-templates-").FullName;

    [Fact]
    public void ShipmentCreated_WhenEnglish_NamesTheUnitsCarrierAndTracking()
    {
        var (order, shipmentId) = PartlyShipped();

        var email = Emails("en").ShipmentCreated(order, shipmentId);

        email.To.ShouldBe(OrderBuilder.OwnerEmail);
        email.Subject.ShouldBe($"Part of your order {order.OrderNumber} is on its way");
        email.TextBody.ShouldContain("- Desk lamp: 1\n");
        email.TextBody.ShouldNotContain("USB-C Cable");
        email.TextBody.ShouldMatch(@"Carrier:\s+UPS");
        email.TextBody.ShouldMatch(@"Tracking number:\s+1Z999AA10123456784");
        email.TextBody.ShouldContain("https://track.example.com/1Z999AA10123456784");
        email.HtmlBody.ShouldContain("<a href=\"https://track.example.com/1Z999AA10123456784\">1Z999AA10123456784</a>");
        email.HtmlBody.ShouldContain("<td>Desk lamp</td><td align=\"right\">1</td>");
    }

    [Fact]
    public void ShipmentCreated_WhenSpanish_UsesSpanishWords()
    {
        var (order, shipmentId) = PartlyShipped();

        var email = Emails("es").ShipmentCreated(order, shipmentId);

        email.Subject.ShouldBe($"Parte de tu pedido {order.OrderNumber} está en camino");
        email.TextBody.ShouldContain("Hola, Ana Pérez:");
        email.TextBody.ShouldMatch(@"Transportista:\s+UPS");
        email.TextBody.ShouldMatch(@"Número de seguimiento:\s+1Z999AA10123456784");
        email.HtmlBody.ShouldContain("<html lang=\"es\">");
    }

    [Fact]
    public void ShipmentCreated_WithoutTrackingUrl_ShowsTheNumberAlone()
    {
        var order = ReadyOrder();
        var shipment = order.CreateShipment(OrderBuilder.Admin, [new LineQuantity(Cable, 1)], "DHL", "JD0002", null, Now).Value;

        var email = Emails("en").ShipmentCreated(order, shipment.Id);

        email.TextBody.ShouldNotContain("Track it");
        email.HtmlBody.ShouldNotContain("<a href");
        email.HtmlBody.ShouldContain("JD0002");
    }

    [Theory]
    [InlineData("en", "Your return for order 2026-03-0001 has been declined", "We are sorry, but we cannot accept your return", "Note: Used items cannot be returned")]
    [InlineData("es", "Tu devolución del pedido 2026-03-0001 ha sido rechazada", "no podemos aceptar tu devolución", "Nota: Used items cannot be returned")]
    public void ReturnUpdated_WhenDeclined_GivesTheShopsNote(string language, string subject, string sentence, string note)
    {
        var order = DeliveredOrder();
        var ret = order.RequestReturn(OrderBuilder.Owner, [new LineQuantity(Lamp, 2)], "Too bright", TimeSpan.FromDays(14), Now).Value;
        order.DeclineReturn(OrderBuilder.Admin, ret.Id, "Used items cannot be returned", Now).IsSuccess.ShouldBeTrue();

        var email = Emails(language).ReturnUpdated(order, ret.Id, ReturnStatus.Declined);

        email.Subject.ShouldBe(subject);
        email.TextBody.ShouldContain(sentence);
        email.TextBody.ShouldContain(note);
        email.TextBody.ShouldContain("- Desk lamp: 2\n");
        email.HtmlBody.ShouldContain(note);
    }

    [Theory]
    [InlineData("en", "Your return for order 2026-03-0001 has been approved", "Please send us the items below.")]
    [InlineData("es", "Tu devolución del pedido 2026-03-0001 ha sido aprobada", "Envíanos los artículos siguientes.")]
    public void ReturnUpdated_WhenApproved_AsksForTheItems_AndNamesNoAdmin(string language, string subject, string sentence)
    {
        var order = DeliveredOrder();
        var ret = order.RequestReturn(OrderBuilder.Admin, [new LineQuantity(Cable, 1)], "Wrong colour", TimeSpan.FromDays(14), Now).Value;

        var email = Emails(language).ReturnUpdated(order, ret.Id, ReturnStatus.Approved);

        email.Subject.ShouldBe(subject);
        email.TextBody.ShouldContain(sentence);
        email.TextBody.ShouldContain("- USB-C Cable: 1\n");
        foreach (var part in new[] { email.Subject, email.TextBody, email.HtmlBody }) part.ShouldNotContain(OrderBuilder.Admin.Id);
    }

    [Theory]
    [InlineData("en", "We have received part of your return for order 2026-03-0001", "- Desk lamp: 2 (1 received)", "If a refund is due")]
    [InlineData("es", "Hemos recibido parte de tu devolución del pedido 2026-03-0001", "- Desk lamp: 2 (1 recibidos)", "Si corresponde un reembolso")]
    public void ReturnUpdated_WhenPartlyReceived_CountsWhatCameBack(string language, string subject, string line, string refundHint)
    {
        var order = DeliveredOrder();
        var ret = order.RequestReturn(OrderBuilder.Admin, [new LineQuantity(Lamp, 2)], null, TimeSpan.FromDays(14), Now).Value;
        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new ReturnReceipt(Lamp, 1, ReturnDisposition.Restock)], Now).IsSuccess.ShouldBeTrue();

        var email = Emails(language).ReturnUpdated(order, ret.Id, ReturnStatus.PartiallyReceived);

        email.Subject.ShouldBe(subject);
        email.TextBody.ShouldContain(line);
        email.TextBody.ShouldContain(refundHint);
    }

    [Fact]
    public void ReturnUpdated_IsWrittenForTheStatusItWasQueuedFor_NotTheReturnsLatest()
    {
        var order = DeliveredOrder();
        var ret = order.RequestReturn(OrderBuilder.Admin, [new LineQuantity(Lamp, 1)], null, TimeSpan.FromDays(14), Now).Value;
        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new ReturnReceipt(Lamp, 1, ReturnDisposition.Damaged)], Now).IsSuccess.ShouldBeTrue();

        var approved = Emails("en").ReturnUpdated(order, ret.Id, ReturnStatus.Approved);
        var received = Emails("en").ReturnUpdated(order, ret.Id, ReturnStatus.Received);

        approved.Subject.ShouldBe("Your return for order 2026-03-0001 has been approved");
        received.Subject.ShouldBe("We have received your return for order 2026-03-0001");
    }

    [Theory]
    [InlineData("en", "Refund of 28.59 USD for order 2026-03-0001", "We have refunded 28.59 USD", "- Desk lamp: 1 = 21.60 USD", @"Shipping:\s+4\.99 USD", @"Adjustment:\s+2\.00 USD", @"Credit note:\s+FR-2026-00000001")]
    [InlineData("es", "Reembolso de 28,59 USD del pedido 2026-03-0001", "Te hemos reembolsado 28,59 USD", "- Desk lamp: 1 = 21,60 USD", @"Envío:\s+4,99 USD", @"Ajuste:\s+2,00 USD", @"Factura rectificativa:\s+FR-2026-00000001")]
    public void RefundSucceeded_GivesTheAmountItsPartsAndTheCreditNote(
        string language, string subject, string sentence, string line, string shipping, string adjustment, string creditNote)
    {
        var (order, refundId) = Refunded(new RefundDraft([new LineQuantity(Lamp, 1)], null, 4_99, 2_00, "Scratched on arrival"));

        var email = Emails(language).RefundSucceeded(order, refundId);

        email.Subject.ShouldBe(subject);
        email.TextBody.ShouldContain(sentence);
        email.TextBody.ShouldContain(line);
        email.TextBody.ShouldMatch(shipping);
        email.TextBody.ShouldMatch(adjustment);
        email.TextBody.ShouldMatch(creditNote);
        email.HtmlBody.ShouldContain("FR-2026-00000001");
        foreach (var part in new[] { email.Subject, email.TextBody, email.HtmlBody }) part.ShouldNotContain("re_provider_secret");
    }

    [Fact]
    public void RefundSucceeded_OfAGoodwillAmountAlone_ListsNoItemsOrShipping()
    {
        var (order, refundId) = Refunded(new RefundDraft(null, null, 0, 5_00, "Sorry for the delay"));

        var email = Emails("en").RefundSucceeded(order, refundId);

        email.Subject.ShouldBe("Refund of 5.00 USD for order 2026-03-0001");
        email.TextBody.ShouldNotContain("Refunded items");
        email.TextBody.ShouldNotContain("Shipping:");
        email.TextBody.ShouldMatch(@"Total refunded:\s+5\.00 USD");
    }

    [Fact]
    public void AfterSale_FindsTheEmailAnOutboxMessageNames()
    {
        var (order, shipmentId) = PartlyShipped();

        var email = Emails("en").AfterSale(order, new AfterSaleEmail(EmailTemplateNames.ShipmentCreated, shipmentId));

        email.Subject.ShouldBe($"Part of your order {order.OrderNumber} is on its way");
        Should.Throw<InvalidOperationException>(() => Emails("en").AfterSale(order, new AfterSaleEmail(EmailTemplateNames.RefundSucceeded, "rf_none")));
    }

    [Fact]
    public void AfterSaleTemplates_CanBeReplacedByTheShop()
    {
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(_overrides, "en")).FullName, "refund_succeeded.subject.liquid"),
            "Money back: {{ refund.amount | money }} ({{ refund.creditNoteNumber }})");
        var (order, refundId) = Refunded(new RefundDraft(null, null, 0, 5_00, null));

        var email = new OrderEmailRenderer(EmailTemplates.Load(_overrides), new ShopOptions { Name = "Lamps", Language = "en" }).RefundSucceeded(order, refundId);

        email.Subject.ShouldBe("Money back: 5.00 USD (FR-2026-00000001)");
        email.TextBody.ShouldContain("We have refunded 5.00 USD");
    }

    public void Dispose() => Directory.Delete(_overrides, recursive: true);

    private static OrderEmailRenderer Emails(string language) => new(BuiltIn, new ShopOptions { Name = "Lamps & Co", Language = language });

    /// <summary>2 desk lamps at 20.00 and a cable at 5.00, 8% tax, standard shipping 4.99: paid 53.59.</summary>
    private static OrderBuilder Builder() => new OrderBuilder()
        .WithLine(new OrderLineDraft(Lamp, "lamp", "Desk lamp", null, 20_00, 2))
        .WithLine(new OrderLineDraft(Cable, "cable", "USB-C Cable", null, 5_00, 1))
        .WithPaymentIntent();

    private static Order ReadyOrder() => Builder().In(OrderStatus.Ready).Build();

    private static Order DeliveredOrder()
    {
        var order = ReadyOrder();
        var shipment = order.CreateShipment(OrderBuilder.Admin, null, "UPS", "1Z999AA10123456784", null, Now).Value;
        order.UpdateShipment(OrderBuilder.Admin, shipment.Id, null, null, null, deliver: true, Now).IsSuccess.ShouldBeTrue();
        order.Status.ShouldBe(OrderStatus.Delivered);
        return order;
    }

    private static (Order Order, string ShipmentId) PartlyShipped()
    {
        var order = ReadyOrder();
        var shipment = order.CreateShipment(
            OrderBuilder.Admin, [new LineQuantity(Lamp, 1)], "UPS", "1Z999AA10123456784", "https://track.example.com/1Z999AA10123456784", Now).Value;
        return (order, shipment.Id);
    }

    private static (Order Order, string RefundId) Refunded(RefundDraft draft)
    {
        var order = DeliveredOrder();
        var refund = order.CreateRefund(OrderBuilder.Admin, draft, Now).Value;
        order.IssueCreditNote(refund.Id, "FR-2026-00000001", Now).IsSuccess.ShouldBeTrue();
        order.ConfirmRefund(refund.Id, "re_provider_secret", Now).IsSuccess.ShouldBeTrue();
        return (order, refund.Id);
    }
}
