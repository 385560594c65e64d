using Orders.Application.Common;
using Orders.Application.Notifications;
using Orders.Domain.Common;
using Orders.Domain.Discounts;
using Orders.Domain.Orders;
using Orders.Infrastructure.Email;
using Orders.Infrastructure.Email.Templates;

namespace Orders.UnitTests.Infrastructure.Email;

/// <summary>The built-in templates rendered as the outbox renders them.</summary>
public sealed class OrderEmailRendererTests
{
    private static readonly EmailTemplates BuiltIn = EmailTemplates.Load(null);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Admin = new("admin-1", IsAdmin: true);

    [Fact]
    public void Confirmation_WhenEnglish_ListsNumberLinesTotalsAndAddress()
    {
        var email = Emails("en").Confirmation(PlaceOrder());

        email.To.ShouldBe("ada@example.com");
        email.Subject.ShouldBe("Order 2026-11-0001 confirmed");
        foreach (var part in new[] { email.TextBody, email.HtmlBody })
        {
            part.ShouldContain("2026-11-0001");
            part.ShouldContain("Laptop Pro 15");
            part.ShouldContain("USB-C Cable");
            part.ShouldContain("1,299.99 USD");
            part.ShouldContain("29.99 USD");
            part.ShouldContain("59.98 USD");
            part.ShouldContain("1,359.97 USD");
            part.ShouldContain("SAVE10");
            part.ShouldContain("-136.00 USD");
            part.ShouldContain("97.92 USD");
            part.ShouldContain("1,321.89 USD");
            part.ShouldContain("SW1Y 4JH London");
        }

        email.TextBody.ShouldContain("- USB-C Cable: 2 x 29.99 USD = 59.98 USD");
        email.TextBody.ShouldMatch(@"Total:\s+1,321\.89 USD");
    }

    [Theory]
    [InlineData("en", PaymentMethod.CashOnDelivery, ShippingMethod.Overnight, "Payment method: Cash on delivery", "Shipping method: Overnight")]
    [InlineData("en", PaymentMethod.Pse, ShippingMethod.Standard, "Payment method: PSE", "Shipping method: Standard")]
    [InlineData("es", PaymentMethod.Pse, ShippingMethod.Overnight, "Forma de pago: PSE", "Método de envío: 24 horas")]
    [InlineData("es", PaymentMethod.CreditCard, ShippingMethod.Express, "Forma de pago: Tarjeta de crédito", "Método de envío: Urgente")]
    public void Confirmation_NamesThePaymentAndShippingMethodsInTheShopsLanguage(
        string language, PaymentMethod payment, ShippingMethod shipping, string paymentLine, string shippingLine)
    {
        var email = Emails(language).Confirmation(PlaceOrder(shippingMethod: shipping, paymentMethod: payment));

        email.TextBody.ShouldContain(paymentLine);
        email.TextBody.ShouldContain(shippingLine);
        email.HtmlBody.ShouldContain(paymentLine.Split(": ")[1]);
    }

    [Fact]
    public void Confirmation_ForPickupWithOnlyAName_ShowsNoEmptyAddressLines()
    {
        var address = ShippingAddress.Create("Ada Lovelace", null, null, null, null, null, ShippingMethod.Pickup).Value;
        var order = Order.Place("order-2", OrderNumber.For(2026, 11, 2), "user-1", "ada@example.com",
            [new OrderLineDraft("line-1", "product-1", "Lamp", "https://cdn.example.com/lamp.jpg", 10_00, 1)], address, ShippingMethod.Pickup,
            PaymentMethod.Card, null, new OrderPricing("USD", 8m, new Dictionary<ShippingMethod, long>()), Now).Value;

        var email = Emails("en").Confirmation(order);

        email.TextBody.ShouldNotContain("\n \n");
        email.HtmlBody.ShouldContain("<img src=\"https://cdn.example.com/lamp.jpg\"");
    }

    [Fact]
    public void Confirmation_WhenSpanish_UsesSpanishWordsAndNumbers()
    {
        var email = Emails("es").Confirmation(PlaceOrder(currency: "EUR"));

        email.Subject.ShouldBe("Pedido 2026-11-0001 confirmado");
        email.TextBody.ShouldContain("Hola, Ada Lovelace:");
        email.TextBody.ShouldContain("Resumen del pedido");
        email.TextBody.ShouldContain("Dirección de envío");
        email.TextBody.ShouldContain("Descuento (SAVE10)");
        email.TextBody.ShouldContain("1.299,99 EUR");
        email.TextBody.ShouldContain("1.321,89 EUR");
        email.TextBody.ShouldNotContain("1,321.89");
        email.HtmlBody.ShouldContain("<html lang=\"es\">");
        email.HtmlBody.ShouldContain("1.321,89 EUR");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    public void Confirmation_WhenLanguageUnknown_FallsBackToEnglish(string language)
    {
        var email = Emails(language).Confirmation(PlaceOrder());

        email.Subject.ShouldBe("Order 2026-11-0001 confirmed");
        email.TextBody.ShouldContain("1,321.89 USD");
    }

    [Fact]
    public void Confirmation_HasTextAndHtmlParts()
    {
        var email = Emails("en").Confirmation(PlaceOrder());

        email.TextBody.ShouldNotBeNullOrWhiteSpace();
        email.TextBody.ShouldNotContain("<");
        email.HtmlBody.ShouldStartWith("<!DOCTYPE html>");
        email.HtmlBody.ShouldContain("<table");
        email.HtmlBody.TrimEnd().ShouldEndWith("</html>");
    }

    [Fact]
    public void Confirmation_WhenProductNameHasMarkup_HtmlEncodesIt()
    {
        var email = Emails("en").Confirmation(PlaceOrder(firstProduct: "<script>alert('x')</script> & Co"));

        email.HtmlBody.ShouldNotContain("<script>");
        email.HtmlBody.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co");
        email.TextBody.ShouldContain("<script>alert('x')</script> & Co");
    }

    [Fact]
    public void Confirmation_WhenNoCustomerEmail_Throws()
    {
        var order = PlaceOrder(customerEmail: null);

        Should.Throw<InvalidOperationException>(() => Emails("en").Confirmation(order));
        Should.Throw<InvalidOperationException>(() =>
            Emails("en").StatusChanged(order, OrderStatus.Pending, OrderStatus.Canceled, null));
    }

    [Fact]
    public void StatusChanged_WhenShipped_IncludesCarrierTrackingAndEstimatedDelivery()
    {
        var order = PlaceOrder();
        order.MarkPaid(Admin, Now).IsSuccess.ShouldBeTrue();
        order.StartPreparation(Admin, null, Now).IsSuccess.ShouldBeTrue();
        order.MarkReady(Admin, null, Now).IsSuccess.ShouldBeTrue();
        order.Ship(Admin, "1Z999AA10123456784", "UPS", new DateOnly(2026, 11, 25), null, Now).IsSuccess.ShouldBeTrue();

        var email = Emails("en").StatusChanged(order, OrderStatus.Ready, OrderStatus.Shipped, null);

        email.Subject.ShouldBe("Your order 2026-11-0001 has shipped");
        foreach (var part in new[] { email.TextBody, email.HtmlBody })
        {
            part.ShouldContain("UPS");
            part.ShouldContain("1Z999AA10123456784");
            part.ShouldContain("2026-11-25");
        }
    }

    [Fact]
    public void StatusChanged_WhenShippedInSpanish_UsesSpanishSubjectAndDate()
    {
        var order = PlaceOrder(currency: "EUR");
        order.MarkPaid(Admin, Now);
        order.StartPreparation(Admin, null, Now);
        order.MarkReady(Admin, null, Now);
        order.Ship(Admin, "ES123", "Correos", new DateOnly(2026, 11, 25), null, Now).IsSuccess.ShouldBeTrue();

        var email = Emails("es").StatusChanged(order, OrderStatus.Ready, OrderStatus.Shipped, null);

        email.Subject.ShouldBe("Tu pedido 2026-11-0001 ha sido enviado");
        email.TextBody.ShouldContain("Transportista");
        email.TextBody.ShouldContain("Correos");
        email.TextBody.ShouldContain("25/11/2026");
    }

    [Fact]
    public void StatusChanged_WhenInPreparation_NamesStatusesInWords()
    {
        var order = PlaceOrder();
        order.MarkPaid(Admin, Now);
        order.StartPreparation(Admin, "Packing today", Now).IsSuccess.ShouldBeTrue();

        var english = Emails("en").StatusChanged(order, OrderStatus.Paid, OrderStatus.InPreparation, "Packing today");
        var spanish = Emails("es").StatusChanged(order, OrderStatus.Paid, OrderStatus.InPreparation, null);

        english.Subject.ShouldBe("Your order 2026-11-0001 is being prepared");
        english.TextBody.ShouldContain("in preparation");
        english.TextBody.ShouldContain("Packing today");
        english.TextBody.ShouldNotContain("in_preparation");
        spanish.Subject.ShouldBe("Tu pedido 2026-11-0001 está en preparación");
        spanish.TextBody.ShouldContain("pagado");
    }

    [Fact]
    public void StatusChanged_WhenCanceledAfterPayment_GivesReasonAndRefundNotice()
    {
        var order = PlaceOrder();
        order.MarkPaid(Admin, Now).IsSuccess.ShouldBeTrue();
        order.Cancel(Admin, "Out of stock at the warehouse", Now).IsSuccess.ShouldBeTrue();

        var email = Emails("en").StatusChanged(order, OrderStatus.Paid, OrderStatus.Canceled, "Out of stock at the warehouse");

        email.Subject.ShouldBe("Your order 2026-11-0001 has been canceled");
        foreach (var part in new[] { email.TextBody, email.HtmlBody })
        {
            part.ShouldContain("Out of stock at the warehouse");
            part.ShouldContain("refunding 1,321.89 USD");
        }
    }

    [Fact]
    public void StatusChanged_WhenCanceledBeforePayment_HasNoRefundNotice()
    {
        var order = PlaceOrder();
        order.Cancel(new Actor("user-1", IsAdmin: false), "Changed my mind", Now).IsSuccess.ShouldBeTrue();

        var email = Emails("en").StatusChanged(order, OrderStatus.Pending, OrderStatus.Canceled, "Changed my mind");

        email.TextBody.ShouldContain("Changed my mind");
        email.TextBody.ShouldNotContain("refund");
    }

    [Fact]
    public void StatusChanged_WhenRejectedAfterPaymentInSpanish_GivesReasonAndRefundNotice()
    {
        var order = PlaceOrder(currency: "EUR");
        order.MarkPaid(Admin, Now);
        order.Reject(Admin, "Dirección fuera de la zona de reparto", Now).IsSuccess.ShouldBeTrue();

        var email = Emails("es").StatusChanged(order, OrderStatus.Paid, OrderStatus.Rejected, "Dirección fuera de la zona de reparto");

        email.Subject.ShouldBe("Tu pedido 2026-11-0001 ha sido rechazado");
        email.TextBody.ShouldContain("Motivo");
        email.TextBody.ShouldContain("Dirección fuera de la zona de reparto");
        email.TextBody.ShouldContain("te reembolsaremos 1.321,89 EUR");
    }

    [Fact]
    public void StatusChanged_WhenReadyForPickup_SaysSo()
    {
        var order = PlaceOrder(shippingMethod: ShippingMethod.Pickup);
        order.MarkPaid(Admin, Now);
        order.StartPreparation(Admin, null, Now);
        order.MarkReady(Admin, null, Now).IsSuccess.ShouldBeTrue();

        var email = Emails("en").StatusChanged(order, OrderStatus.InPreparation, OrderStatus.Ready, null);

        email.Subject.ShouldBe("Your order 2026-11-0001 is ready");
        email.TextBody.ShouldContain("ready for pickup");
    }

    [Fact]
    public void StatusChanged_WhenTargetIsPending_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            Emails("en").StatusChanged(PlaceOrder(), OrderStatus.Pending, OrderStatus.Pending, null));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void EveryTemplate_InEveryLanguage_RendersSubjectTextAndHtml(string language)
    {
        var pending = PlaceOrder(currency: "EUR");
        var paid = PlaceOrder(currency: "EUR");
        paid.MarkPaid(Admin, Now).IsSuccess.ShouldBeTrue();
        var canceled = PlaceOrder(currency: "EUR");
        canceled.Cancel(Admin, "Sin stock", Now).IsSuccess.ShouldBeTrue();
        var rejected = PlaceOrder(currency: "EUR");
        rejected.Reject(Admin, "Fuera de zona", Now).IsSuccess.ShouldBeTrue();

        EmailMessage[] emails =
        [
            Emails(language).Confirmation(pending),
            Emails(language).StatusChanged(paid, OrderStatus.Pending, OrderStatus.Paid, null),
            Emails(language).StatusChanged(canceled, OrderStatus.Pending, OrderStatus.Canceled, "Sin stock"),
            Emails(language).StatusChanged(rejected, OrderStatus.Pending, OrderStatus.Rejected, "Fuera de zona"),
        ];

        emails.Select(e => e.Subject).Distinct().Count().ShouldBe(4);
        foreach (var email in emails)
        {
            email.Subject.ShouldContain("2026-11-0001");
            email.Subject.ShouldNotContain("\n");
            email.TextBody.ShouldContain("Ada Lovelace");
            email.TextBody.ShouldContain("Orders Demo Shop");
            email.TextBody.ShouldNotContain("{{");
            email.TextBody.ShouldNotContain("{%");
            email.HtmlBody.ShouldStartWith("<!DOCTYPE html>");
            email.HtmlBody.ShouldContain($"<html lang=\"{language}\">");
            email.HtmlBody.TrimEnd().ShouldEndWith("</html>");
        }
    }

    [Fact]
    public void StatusChanged_WhenReasonAndAddressHaveMarkup_HtmlEncodesThemAndLeavesTheTextAlone()
    {
        var order = PlaceOrder(fullName: "Ada <b>Lovelace</b>");
        order.Cancel(Admin, "\"Too late\" & <i>sorry</i>", Now).IsSuccess.ShouldBeTrue();

        var email = Emails("en").StatusChanged(order, OrderStatus.Pending, OrderStatus.Canceled, null);

        email.HtmlBody.ShouldContain("Ada &lt;b&gt;Lovelace&lt;/b&gt;");
        email.HtmlBody.ShouldContain("&quot;Too late&quot; &amp; &lt;i&gt;sorry&lt;/i&gt;");
        email.HtmlBody.ShouldNotContain("<i>sorry</i>");
        email.TextBody.ShouldContain("Ada <b>Lovelace</b>");
        email.TextBody.ShouldContain("\"Too late\" & <i>sorry</i>");
        email.Subject.ShouldBe("Your order 2026-11-0001 has been canceled");
    }

    [Fact]
    public void Html_WhenSpanishValuesHaveAccents_KeepsThemReadable()
    {
        var email = Emails("es").Confirmation(PlaceOrder(firstProduct: "Cámara «Ñandú»"));

        email.HtmlBody.ShouldContain("Cámara «Ñandú»");
    }

    [Fact]
    public void StatusChanged_WhenRejectedInEnglish_ApologisesAndGivesTheReason()
    {
        var order = PlaceOrder();
        order.Reject(Admin, "Address outside our delivery area", Now).IsSuccess.ShouldBeTrue();

        var email = Emails("en").StatusChanged(order, OrderStatus.Pending, OrderStatus.Rejected, "Address outside our delivery area");

        email.Subject.ShouldBe("Your order 2026-11-0001 has been rejected");
        email.TextBody.ShouldContain("We are sorry, but we could not accept order 2026-11-0001.");
        email.TextBody.ShouldContain("Reason: Address outside our delivery area");
        email.TextBody.ShouldNotContain("refund");
    }

    private static OrderEmailRenderer Emails(string language) =>
        new(BuiltIn, new ShopOptions { Name = "Orders Demo Shop", Language = language });

    /// <summary>The API.md example: 1 × 1299.99 + 2 × 29.99, 10% off, 8% tax, no shipping → total 1321.89.</summary>
    private static Order PlaceOrder(
        string firstProduct = "Laptop Pro 15", string currency = "USD", string? customerEmail = "ada@example.com",
        ShippingMethod shippingMethod = ShippingMethod.Standard, string fullName = "Ada Lovelace", PaymentMethod paymentMethod = PaymentMethod.Card)
    {
        var address = ShippingAddress.Create(fullName, "12 St James's Square", "London", "SW1Y 4JH", "United Kingdom", "+44 20 7946 0000").Value;
        var discount = Discount.Create("SAVE10", 10m, null, null, null, null, active: true, Now).Value;
        var pricing = new OrderPricing(currency, 8m, new Dictionary<ShippingMethod, long>());
        OrderLineDraft[] lines =
        [
            new("line-1", "product-1", firstProduct, null, 1_299_99, 1),
            new("line-2", "product-2", "USB-C Cable", null, 29_99, 2),
        ];
        return Order.Place("order-1", OrderNumber.For(2026, 11, 1), "user-1", customerEmail, lines, address,
            shippingMethod, paymentMethod, discount, pricing, Now).Value;
    }
}
