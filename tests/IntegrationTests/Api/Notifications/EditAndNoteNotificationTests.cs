using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Orders;
using Orders.Application.Outbox;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary><c>order.edited</c> and <c>order.note_added</c> through the outbox, to a real webhook receiver and a real SMTP
/// server: the edit's email unless the admin keeps it quiet, an admin's customer note emailed, the customer's own note and
/// internal notes never; and no internal note's words in any webhook, email or outbox message of an order that went
/// through every kind of event. Edits and notes are made through <see cref="EditsAndNotes"/> (their routes come later).
/// Absence is proven by a later witness (an email queued after the one that must not exist) and by the outbox itself,
/// written in the same transaction as the change.</summary>
public sealed class EditAndNoteNotificationTests(EmailApiFactory factory) : IClassFixture<EmailApiFactory>
{
    private const string Secret = "INTERNAL-7f3a";
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task AnEdit_EmailsTheCustomerWhatChanged_AndSendsOrderEditedWithTheEditAsTheOrderShowsIt()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "edit-told@example.com";
        var (order, lamp, _) = await PaidLampsAndCableAsync(factory, "edit-told", address, "Edited desk lamp", "Edited cable");
        var lampLine = LineOf(order, lamp);

        var (refundId, version) = await factory.EditAsync(order.Id(), [new LineQuantity(lampLine, 1)], "Only one lamp left");

        var data = (await HookAsync(receiver, order, WebhookEvents.OrderEdited))["data"]!;
        var stored = await StoredAsync(order);
        data["newStatus"].Str().ShouldBe("paid");
        // The edit's version: the refund it made settles from the outbox and may have bumped the stored one since.
        data["version"]!.GetValue<int>().ShouldBe(version);
        var edit = data["edit"]!;
        (edit["reason"].Str(), edit["by"].Str(), edit["refundId"].Str()).ShouldBe(("Only one lamp left", "admin-1", $"rf_{order.Id()}_1"));
        refundId.ShouldBe($"rf_{order.Id()}_1");
        edit["changes"]!.ToJsonString().ShouldBe(
            $$"""[{"orderLineId":"{{lampLine}}","productId":"{{lamp}}","productName":"Edited desk lamp","previousQuantity":2,"quantity":1}]""");
        edit["difference"]!["total"].Dec().ShouldBe(-21.60m);
        JsonNode.DeepEquals(edit, JsonSerializer.SerializeToNode(WebhookEdit.From(stored.Edits.Single()), OutboxWriter.Json)).ShouldBeTrue(
            $"webhook {edit.ToJsonString()} vs stored {JsonSerializer.Serialize(stored.Edits.Single())}");

        var mail = await MailAsync(factory, address, $"Your order {order["orderNumber"].Str()} has been changed");
        var text = mail.Text.ShouldNotBeNull();
        text.ShouldContain("Reason: Only one lamp left");
        text.ShouldContain("- Edited desk lamp: 2 → 1\n");
        text.ShouldMatch(@"Previous total:\s+48\.60 USD");
        text.ShouldMatch(@"New total:\s+27\.00 USD");
        text.ShouldContain("We are refunding 21.60 USD");
        mail.Html.ShouldNotBeNull().ShouldContain("<td>Edited desk lamp</td><td align=\"right\">2</td><td align=\"right\">1</td>");
        (await _admin.StockOfAsync(lamp)).ShouldBe(4, "the unit edited away went back to stock");
    }

    [Fact]
    public async Task AnEditTheAdminKeepsQuiet_SendsTheWebhook_ButNoEmail()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "edit-quiet@example.com";
        var (order, lamp, _) = await PaidLampsAndCableAsync(factory, "edit-quiet", address, "Quietly edited lamp", "Quietly edited cable");
        var number = order["orderNumber"].Str();

        await factory.EditAsync(order.Id(), [new LineQuantity(LineOf(order, lamp), 1)], "Stock correction", notifyCustomer: false);

        (await HookAsync(receiver, order, WebhookEvents.OrderEdited))["data"]!["edit"]!["reason"].Str().ShouldBe("Stock correction");
        // The witness: this note's email is queued after the edit; once it is in, an email for the edit would be too.
        await factory.AddNoteAsync(order.Id(), EditsAndNotes.Admin, "We corrected your order.", "customer");
        await MailAsync(factory, address, $"A message about your order {number}");
        await MailAsync(factory, address, $"Refund of 21.60 USD for order {number}");
        var mails = await factory.MailForAsync(address, 4);
        mails.Count.ShouldBe(4, "confirmation, paid, the note and the edit's refund");
        mails.ShouldNotContain(m => m.Subject.Contains("has been changed", StringComparison.Ordinal));
        (await OutboxAsync(order)).ShouldNotContain(m => m.Kind == OutboxKinds.Email && m.EventType == WebhookEvents.OrderEdited);
    }

    [Fact]
    public async Task InSpanish_TheEditAndTheNoteAreEmailedWithTheSpanishTemplates()
    {
        using var spanish = OrdersApiFactory.Create(ApiHostOptions.Email.With("Shop:Language", "es"));
        const string address = "edit-es@example.com";
        var (order, _, cable) = await PaidLampsAndCableAsync(spanish, "edit-es", address, "Lámpara editada", "Cable editado");
        var number = order["orderNumber"].Str();

        await spanish.EditAsync(order.Id(), [new LineQuantity(LineOf(order, cable), 0)], "Sin existencias");
        await spanish.AddNoteAsync(order.Id(), EditsAndNotes.Admin, "Tu lámpara sale el lunes.", "customer");

        var edited = await MailAsync(spanish, address, $"Hemos modificado tu pedido {number}");
        var text = edited.Text.ShouldNotBeNull();
        text.ShouldContain("Motivo: Sin existencias");
        text.ShouldContain("- Cable editado: eliminado (eran 1)\n");
        text.ShouldMatch(@"Nuevo total:\s+43,20 USD");
        text.ShouldContain("Te estamos reembolsando 5,40 USD");
        var note = await MailAsync(spanish, address, $"Un mensaje sobre tu pedido {number}");
        note.Text.ShouldNotBeNull().ShouldContain("Tu lámpara sale el lunes.");
        note.Html.ShouldNotBeNull().ShouldContain("<html lang=\"es\">");
    }

    [Fact]
    public async Task CustomerNotes_ByAnAdminAreEmailedAndSent_ByTheCustomerOnlySent()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "notes-customer@example.com";
        var lamp = await _admin.CreateProductAsync("Annotated lamp", 20m, 5);
        var order = await factory.ClientFor("notes-customer", email: address).PlaceOrderOkAsync((lamp, 1));
        var number = order["orderNumber"].Str();

        var own = await factory.AddNoteAsync(order.Id(), new Actor("notes-customer", IsAdmin: false), "Please ring twice.", "customer");
        var shops = await factory.AddNoteAsync(order.Id(), EditsAndNotes.Admin, "Your lamp ships Monday.\nThanks for waiting!", "customer");

        var ownNote = (await HookAsync(receiver, order, WebhookEvents.NoteAdded, h => h["data"]!["note"]!["id"].Str() == own))["data"]!["note"]!;
        (ownNote["body"].Str(), ownNote["visibility"].Str()).ShouldBe(("Please ring twice.", "customer"));
        ownNote["author"]!.ToJsonString().ShouldBe("""{"id":"notes-customer","role":"customer"}""");
        var hook = await HookAsync(receiver, order, WebhookEvents.NoteAdded, h => h["data"]!["note"]!["id"].Str() == shops);
        var shopsNote = hook["data"]!["note"]!;
        shopsNote["author"]!.ToJsonString().ShouldBe("""{"id":"admin-1","role":"admin"}""");
        var stored = await StoredAsync(order);
        hook["data"]!["version"]!.GetValue<int>().ShouldBe(stored.Version);
        JsonNode.DeepEquals(shopsNote, JsonSerializer.SerializeToNode(WebhookNote.From(stored.Notes.Single(n => n.Id == shops)), OutboxWriter.Json))
            .ShouldBeTrue($"webhook {shopsNote.ToJsonString()}");

        var mail = await MailAsync(factory, address, $"A message about your order {number}");
        mail.Text.ShouldNotBeNull().ShouldContain("Your lamp ships Monday.\nThanks for waiting!\n");
        mail.Html.ShouldNotBeNull().ShouldContain("Your lamp ships Monday.");
        // The admin's note was written after the customer's: its email is the witness that the customer's sent none.
        var mails = await factory.MailForAsync(address, 2);
        mails.Count.ShouldBe(2, "confirmation and the admin's note");
        mails.ShouldNotContain(m => m.Text!.Contains("ring twice", StringComparison.Ordinal));
        (await OutboxAsync(order)).Count(m => m.Kind == OutboxKinds.Email && m.EventType == WebhookEvents.NoteAdded).ShouldBe(1);
    }

    [Fact]
    public async Task AnInternalNote_ReachesNoWebhookNoEmailAndNoOutboxMessage_ThroughEveryKindOfEvent()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "notes-internal@example.com";
        var lamp = await _admin.CreateProductAsync("Internal-note lamp", 20m, 5);
        var cable = await _admin.CreateProductAsync("Internal-note cable", 5m, 5);
        var order = await factory.ClientFor("notes-internal", email: address).PlaceOrderOkAsync((lamp, 3), (cable, 2));
        var (id, number) = (order.Id(), order["orderNumber"].Str());
        var lampLine = LineOf(order, lamp);
        await factory.CreateClient().PayAsync(order);

        await factory.AddNoteAsync(id, EditsAndNotes.Admin, $"{Secret}: threatened a chargeback, refund only with approval", "internal");
        var own = await factory.AddNoteAsync(id, new Actor("notes-internal", IsAdmin: false), "Leave it at the door.", "customer");
        await factory.EditAsync(id, [new LineQuantity(lampLine, 2)], "One lamp fewer");
        await factory.AddNoteAsync(id, EditsAndNotes.Admin, $"{Secret} again: no free shipping upgrade", "internal");
        var shops = await factory.AddNoteAsync(id, EditsAndNotes.Admin, "Sorry, one lamp was out of stock.", "customer");
        await _admin.MoveAsync(id, "in_preparation", "ready");
        await ChangeAsync(id, (o, now) => o.CreateShipment(EditsAndNotes.Admin, [new LineQuantity(lampLine, 1)], "DHL", "JD0101", null, now).IsSuccess);
        await ChangeAsync(id, (o, now) => o.CreateShipment(EditsAndNotes.Admin, null, "DHL", "JD0102", null, now).IsSuccess);
        await _admin.MoveAsync(id, "delivered");

        string[] expected =
        [
            WebhookEvents.OrderCreated, WebhookEvents.OrderStatusChanged, WebhookEvents.OrderEdited, WebhookEvents.NoteAdded, WebhookEvents.RefundCreated,
            WebhookEvents.CreditNoteIssued, WebhookEvents.RefundSucceeded, WebhookEvents.ShipmentCreated,
        ];
        foreach (var type in expected) await HookAsync(receiver, order, type);
        await HookAsync(receiver, order, WebhookEvents.OrderStatusChanged, h => h["data"]!["newStatus"].Str() == "delivered");
        await MailAsync(factory, address, $"Your order {number} has been delivered");
        await MailAsync(factory, address, $"Refund of 21.60 USD for order {number}");
        await MailAsync(factory, address, $"Your order {number} has been changed");
        await MailAsync(factory, address, $"Part of your order {number} is on its way");
        await MailAsync(factory, address, $"A message about your order {number}");

        var hooks = Hooks(receiver, order);
        hooks.ShouldAllBe(h => !h.Contains(Secret, StringComparison.Ordinal));
        hooks.ShouldAllBe(h => !h.Contains("\"notes\"", StringComparison.Ordinal));
        hooks.Select(h => JsonNode.Parse(h)!).Where(h => h["event"].Str() == WebhookEvents.NoteAdded).Select(h => h["data"]!["note"]!["id"].Str())
            .Order(StringComparer.Ordinal).ShouldBe(new[] { own, shops }.Order(StringComparer.Ordinal));
        var mails = await factory.MailForAsync(address, 1);
        mails.SelectMany(m => new[] { m.Subject, m.Text ?? "", m.Html ?? "" }).ShouldAllBe(part => !part.Contains(Secret, StringComparison.Ordinal));
        mails.Count(m => m.Subject.StartsWith("A message about", StringComparison.Ordinal)).ShouldBe(1, "the admin's customer note alone");
        // What has not gone out yet (or never will) is in the outbox, written with each change: none of it holds the note either.
        var outbox = await OutboxAsync(order);
        outbox.Select(m => m.EventType).Distinct().Count().ShouldBeGreaterThanOrEqualTo(expected.Length);
        outbox.ShouldAllBe(m => !m.Payload.Contains(Secret, StringComparison.Ordinal));
        (await StoredAsync(order)).Notes.Count(n => n.Visibility == NoteVisibility.Internal).ShouldBe(2, "the internal notes are on the order");
    }

    private Task<WebhookReceiver> SubscribedReceiverAsync() => _admin.SubscribedReceiverAsync();

    private static Task<JsonNode> HookAsync(WebhookReceiver receiver, JsonObject order, string eventType, Func<JsonNode, bool>? where = null) =>
        receiver.HookAsync(order, eventType, where);

    private static Task<ReceivedEmail> MailAsync(OrdersApiFactory host, string address, string subject) => host.MailAsync(address, subject);

    private Task ChangeAsync(string orderId, Func<Order, DateTimeOffset, bool> verb) => factory.ChangeAsync(orderId, verb);

    private Task<OrderDto> StoredAsync(JsonObject order) => factory.StoredAsync(order);

    /// <summary>A paid order of 2 lamps at 20.00 and a cable at 5.00 (8% tax, free shipping: 48.60), with the product ids.</summary>
    private static async Task<(JsonObject Order, string Lamp, string Cable)> PaidLampsAndCableAsync(
        OrdersApiFactory host, string userId, string address, string lampName, string cableName)
    {
        var admin = host.Admin();
        var lamp = await admin.CreateProductAsync(lampName, 20m, 5);
        var cable = await admin.CreateProductAsync(cableName, 5m, 5);
        var order = await host.ClientFor(userId, email: address).PlaceOrderOkAsync((lamp, 2), (cable, 1));
        await host.CreateClient().PayAsync(order);
        return (order, lamp, cable);
    }

    private static List<string> Hooks(WebhookReceiver receiver, JsonObject order) =>
        [.. receiver.Received.Select(r => r.Body).Where(b => JsonNode.Parse(b)!["data"]!["orderId"].Str() == order.Id())];

    private static string LineOf(JsonObject order, string productId) =>
        order["items"]!.AsArray().Single(i => i!["productId"].Str() == productId)!["id"].Str();

    private async Task<List<OutboxMessage>> OutboxAsync(JsonObject order)
    {
        using var scope = factory.Services.CreateScope();
        var id = order.Id();
        return await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().OutboxMessages.AsNoTracking().Where(m => m.OrderId == id).ToListAsync();
    }
}
