using Orders.Application.Common;
using Orders.Domain.Orders;
using Orders.Infrastructure.Email;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Outbox;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Infrastructure.Email;

/// <summary>The built-in <c>order_edited</c> and <c>note_added</c> emails in both languages, from orders the real verbs
/// edited and annotated; and no email, built-in or the shop's own, that can show an internal note.</summary>
public sealed class EditAndNoteEmailTests : IDisposable
{
    private static readonly EmailTemplates BuiltIn = EmailTemplates.Load(null);
    private static readonly DateTimeOffset Now = OrderBuilder.PlacedAt.AddDays(1);
    private const string Lamp = "line-lamp";
    private const string Cable = "line-cable";
    private const string Secret = "Customer was rude on the phone";
    private readonly string _overrides = Directory.CreateTempSubdirectory("orders-edit-note-templates-").FullName;

    [Theory]
    [InlineData("en", "Your order 2026-03-0001 has been changed", "Reason: Only one lamp left", @"Previous total:\s+53\.59 USD", @"New total:\s+31\.99 USD",
        "We are refunding 21.60 USD")]
    [InlineData("es", "Hemos modificado tu pedido 2026-03-0001", "Motivo: Only one lamp left", @"Total anterior:\s+53,59 USD", @"Nuevo total:\s+31,99 USD",
        "Te estamos reembolsando 21,60 USD")]
    public void OrderEdited_OfAPaidOrder_SaysWhatChangedTheNewTotalAndTheRefund(
        string language, string subject, string reason, string previous, string total, string refund)
    {
        var order = Paid();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Lamp, 1)], [], "Only one lamp left", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();

        var email = Emails(language).OrderEdited(order, 1);

        email.To.ShouldBe(OrderBuilder.OwnerEmail);
        email.Subject.ShouldBe(subject);
        email.TextBody.ShouldContain(reason);
        email.TextBody.ShouldContain("- Desk lamp: 2 → 1\n");
        email.TextBody.ShouldNotContain("USB-C Cable");
        email.TextBody.ShouldMatch(previous);
        email.TextBody.ShouldMatch(total);
        email.TextBody.ShouldContain(refund);
        email.HtmlBody.ShouldContain("<td>Desk lamp</td><td align=\"right\">2</td><td align=\"right\">1</td>");
        email.HtmlBody.ShouldContain(refund);
        foreach (var part in new[] { email.Subject, email.TextBody, email.HtmlBody }) part.ShouldNotContain(OrderBuilder.Admin.Id);
    }

    [Fact]
    public void OrderEdited_OfAnUnpaidOrder_NamesAddedAndRemovedLines_AndNoRefund()
    {
        var order = new OrderBuilder()
            .WithLine(new OrderLineDraft(Lamp, "lamp", "Desk lamp", null, 20_00, 2))
            .WithLine(new OrderLineDraft(Cable, "cable", "USB-C Cable", null, 5_00, 1))
            .WithPaymentIntent().Build();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Cable, 0)], [OrderBuilder.Line("bulb", 3_00, 2, "Spare bulb")], "Cables are out",
            NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();

        var email = Emails("en").OrderEdited(order, 1);

        email.TextBody.ShouldContain("- USB-C Cable: removed (was 1)\n");
        email.TextBody.ShouldContain("- Spare bulb: added, 2\n");
        email.TextBody.ShouldMatch(@"New total:\s+54\.67 USD");
        email.TextBody.ShouldNotContain("refunding");
        email.HtmlBody.ShouldNotContain("refunding");
    }

    [Fact]
    public void OrderEdited_SentAfterALaterEdit_TellsTheTotalItsOwnEditLeft()
    {
        var order = Paid();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Lamp, 1)], [], "One lamp left", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Cable, 0)], [], "No cables", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();

        var first = Emails("en").AfterSale(order, new AfterSaleEmail(EmailTemplateNames.OrderEdited, "1"));
        var second = Emails("en").AfterSale(order, new AfterSaleEmail(EmailTemplateNames.OrderEdited, "2"));

        first.TextBody.ShouldMatch(@"New total:\s+31\.99 USD");
        first.TextBody.ShouldContain("We are refunding 21.60 USD");
        second.TextBody.ShouldMatch(@"Previous total:\s+31\.99 USD");
        second.TextBody.ShouldMatch(@"New total:\s+26\.59 USD");
        second.TextBody.ShouldContain("We are refunding 5.40 USD");
        Should.Throw<ArgumentOutOfRangeException>(() => Emails("en").OrderEdited(order, 3));
        Should.Throw<InvalidOperationException>(() => Emails("en").AfterSale(order, new AfterSaleEmail(EmailTemplateNames.OrderEdited, "first")));
    }

    [Theory]
    [InlineData("en", "A message about your order 2026-03-0001", "We have left you a note on order 2026-03-0001:")]
    [InlineData("es", "Un mensaje sobre tu pedido 2026-03-0001", "Te hemos dejado una nota en el pedido 2026-03-0001:")]
    public void NoteAdded_GivesTheNotesWords_EncodedInTheHtml(string language, string subject, string sentence)
    {
        var order = Paid();
        var note = order.AddNote(OrderBuilder.Admin, "Your lamp <b>ships</b> Monday.\nSee you!", NoteVisibility.Customer, Now).Value;

        var email = Emails(language).AfterSale(order, new AfterSaleEmail(EmailTemplateNames.NoteAdded, note.Id));

        email.Subject.ShouldBe(subject);
        email.TextBody.ShouldContain(sentence);
        email.TextBody.ShouldContain("Your lamp <b>ships</b> Monday.\nSee you!\n");
        email.HtmlBody.ShouldContain("Your lamp &lt;b&gt;ships&lt;/b&gt; Monday.");
        email.HtmlBody.ShouldNotContain("<b>");
    }

    [Fact]
    public void NoteAdded_IsWrittenWithTheNotesLatestWords_AndADeletedNoteIsWithdrawn()
    {
        var order = Paid();
        var note = order.AddNote(OrderBuilder.Admin, "Ships Monday", NoteVisibility.Customer, Now).Value;
        order.EditNote(OrderBuilder.Admin, note.Id, "Ships Tuesday", Now).IsSuccess.ShouldBeTrue();
        var email = new AfterSaleEmail(EmailTemplateNames.NoteAdded, note.Id);

        Emails("en").AfterSale(order, email).TextBody.ShouldContain("Ships Tuesday");
        OrderEmailRenderer.IsWithdrawn(order, email).ShouldBeFalse();

        order.DeleteNote(OrderBuilder.Admin, note.Id, Now).IsSuccess.ShouldBeTrue();
        OrderEmailRenderer.IsWithdrawn(order, email).ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => Emails("en").AfterSale(order, email));
    }

    [Fact]
    public void NoteAdded_NeverRendersAnInternalNote()
    {
        var order = Paid();
        var note = order.AddNote(OrderBuilder.Admin, Secret, NoteVisibility.Internal, Now).Value;

        var error = Should.Throw<InvalidOperationException>(() => Emails("en").NoteAdded(order, note.Id));

        error.Message.ShouldNotContain(Secret);
        OrderEmailRenderer.IsWithdrawn(order, new AfterSaleEmail(EmailTemplateNames.NoteAdded, note.Id)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void NoEmail_ShowsAnInternalNote(string language)
    {
        var order = Paid();
        order.AddNote(OrderBuilder.Admin, Secret, NoteVisibility.Internal, Now).IsSuccess.ShouldBeTrue();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Cable, 0)], [], "No cables", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();
        var note = order.AddNote(OrderBuilder.Admin, "Sorry about the cable", NoteVisibility.Customer, Now).Value;
        order.StartPreparation(OrderBuilder.Admin, null, Now).IsSuccess.ShouldBeTrue();
        order.MarkReady(OrderBuilder.Admin, null, Now).IsSuccess.ShouldBeTrue();
        var shipment = order.CreateShipment(OrderBuilder.Admin, [new LineQuantity(Lamp, 1)], "UPS", "1Z1", null, Now).Value;
        var refund = order.Refunds.ShouldHaveSingleItem();
        order.ConfirmRefund(refund.Id, "re_1", Now).IsSuccess.ShouldBeTrue();
        var emails = Emails(language);

        var all = new[]
        {
            emails.Confirmation(order), emails.StatusChanged(order, OrderStatus.InPreparation, OrderStatus.Ready, null), emails.OrderEdited(order, 1),
            emails.NoteAdded(order, note.Id), emails.ShipmentCreated(order, shipment.Id), emails.RefundSucceeded(order, refund.Id),
        };

        all.SelectMany(e => new[] { e.Subject, e.TextBody, e.HtmlBody }).ShouldAllBe(part => !part.Contains("rude", StringComparison.Ordinal));
    }

    [Fact]
    public void ShopTemplates_CanReplaceTheEditAndNoteEmails_ButCannotReachTheOrdersNotes()
    {
        var en = Directory.CreateDirectory(Path.Combine(_overrides, "en")).FullName;
        File.WriteAllText(Path.Combine(en, "order_edited.subject.liquid"), "Changed: now {{ edit.total | money }} ({{ edit.items.size }} line)");
        File.WriteAllText(Path.Combine(en, "note_added.text.liquid"),
            "Note: {{ note }}|{% for n in order.notes %}{{ n.body }}{% endfor %}|{{ order.notes.size }}");
        var order = Paid();
        order.AddNote(OrderBuilder.Admin, Secret, NoteVisibility.Internal, Now).IsSuccess.ShouldBeTrue();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Lamp, 1)], [], "One lamp left", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();
        var note = order.AddNote(OrderBuilder.Admin, "Ships Monday", NoteVisibility.Customer, Now).Value;
        var emails = new OrderEmailRenderer(EmailTemplates.Load(_overrides), new ShopOptions { Name = "Lamps", Language = "en" });

        emails.OrderEdited(order, 1).Subject.ShouldBe("Changed: now 31.99 USD (1 line)");
        emails.NoteAdded(order, note.Id).TextBody.ShouldBe("Note: Ships Monday||\n");
        emails.NoteAdded(order, note.Id).HtmlBody.ShouldContain("Ships Monday");
    }

    public void Dispose() => Directory.Delete(_overrides, recursive: true);

    private static OrderEmailRenderer Emails(string language) => new(BuiltIn, new ShopOptions { Name = "Lamps & Co", Language = language });

    /// <summary>2 desk lamps at 20.00 and a cable at 5.00, 8% tax, standard shipping 4.99: paid 53.59.</summary>
    private static Order Paid() => new OrderBuilder()
        .WithLine(new OrderLineDraft(Lamp, "lamp", "Desk lamp", null, 20_00, 2))
        .WithLine(new OrderLineDraft(Cable, "cable", "USB-C Cable", null, 5_00, 1))
        .WithPaymentIntent()
        .In(OrderStatus.Paid)
        .Build();
}
