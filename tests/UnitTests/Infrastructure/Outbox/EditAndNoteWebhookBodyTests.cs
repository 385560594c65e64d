using System.Text.Json.Nodes;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.Infrastructure.Outbox;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Infrastructure.Outbox;

/// <summary>Webhook bodies of <c>order.edited</c> and <c>order.note_added</c>: the envelope of every webhook with the edit
/// or the customer note as the order shows it, and never an internal note, in any event's body.</summary>
public sealed class EditAndNoteWebhookBodyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 30, 0, TimeSpan.FromHours(2));
    private const string Lamp = "line-lamp";
    private const string Cable = "line-cable";
    private const string Secret = "Customer was rude on the phone; refund only with manager approval";
    private readonly WebhookBodies _bodies = new(new WebhookOptions(), TestMappings.Config);

    [Fact]
    public void OrderEdited_OfAPaidOrderEditedDown_CarriesTheEditInMajorUnits_WithItsRefund()
    {
        var order = Builder().In(OrderStatus.Paid).Build();
        var result = order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Lamp, 1)], [], " Out of stock ", NotifyCustomer: true), Now).Value;

        var data = Data(order, Raised<OrderEdited>(order), WebhookEvents.OrderEdited);

        Text(data["orderId"]).ShouldBe(order.Id);
        data["version"]!.GetValue<int>().ShouldBe(order.Version);
        Text(data["newStatus"]).ShouldBe("paid");
        data["previousStatus"].ShouldBeNull();
        var edit = data["edit"]!;
        Text(edit["at"]).ShouldBe("2026-03-03T08:30:00Z");
        Text(edit["by"]).ShouldBe(OrderBuilder.Admin.Id);
        Text(edit["reason"]).ShouldBe("Out of stock");
        edit["changes"]!.ToJsonString().ShouldBe(
            """[{"orderLineId":"line-lamp","productId":"lamp","productName":"Desk lamp","previousQuantity":2,"quantity":1}]""");
        edit["difference"]!.ToJsonString().ShouldBe("""{"subtotal":-20.00,"discountAmount":0.00,"tax":-1.60,"shippingCost":0.00,"total":-21.60}""");
        Text(edit["refundId"]).ShouldBe(result.Refund.ShouldNotBeNull().Id);
        data.AsObject().ContainsKey("note").ShouldBeFalse();
        data.AsObject().ContainsKey("refund").ShouldBeFalse();
    }

    [Fact]
    public void OrderEdited_OfAnUnpaidOrder_NamesItsOwnEdit_AmongSeveral()
    {
        var order = Builder().Build();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Cable, 3)], [], "More cables", NotifyCustomer: false), Now).IsSuccess.ShouldBeTrue();
        var first = Raised<OrderEdited>(order);
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Cable, 0)], [OrderBuilder.Line("bulb", 3_00, 2, "Spare bulb")],
            "Bulbs instead", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();
        var second = Raised<OrderEdited>(order);

        var firstEdit = Data(order, first, WebhookEvents.OrderEdited)["edit"]!;
        var secondEdit = Data(order, second, WebhookEvents.OrderEdited)["edit"]!;

        (first.EditNumber, second.EditNumber).ShouldBe((1, 2));
        Text(firstEdit["reason"]).ShouldBe("More cables");
        firstEdit["refundId"].ShouldBeNull();
        firstEdit["difference"]!["total"]!.ToJsonString().ShouldBe("10.80");
        secondEdit["changes"]!.ToJsonString().ShouldBe(
            """[{"orderLineId":"line-cable","productId":"cable","productName":"USB-C Cable","previousQuantity":3,"quantity":0},"""
            + """{"orderLineId":"line-bulb","productId":"bulb","productName":"Spare bulb","previousQuantity":0,"quantity":2}]""");
    }

    [Fact]
    public void NoteAdded_CarriesTheCustomerNote_AsTheNotesRoutesAnswerIt()
    {
        var order = Builder().In(OrderStatus.Paid).Build();
        order.AddNote(OrderBuilder.Admin, Secret, NoteVisibility.Internal, Now).IsSuccess.ShouldBeTrue();
        var note = order.AddNote(OrderBuilder.Admin, "Your lamp ships Monday.", NoteVisibility.Customer, Now).Value;

        var data = Data(order, Raised<NoteAdded>(order), WebhookEvents.NoteAdded);

        data["note"]!.ToJsonString().ShouldBe(
            $$"""{"id":"{{note.Id}}","body":"Your lamp ships Monday.","visibility":"customer","author":{"id":"admin-1","role":"admin"},"createdAt":"2026-03-03T08:30:00Z","editedAt":null,"deletedAt":null}""");
        data.AsObject().ContainsKey("edit").ShouldBeFalse();
    }

    [Fact]
    public void NoteAdded_ByTheCustomer_NamesTheCustomerAsAuthor()
    {
        var order = Builder().Build();
        var note = order.AddNote(OrderBuilder.Owner, "Please leave it with the neighbour.", NoteVisibility.Customer, Now).Value;

        var sent = Data(order, Raised<NoteAdded>(order), WebhookEvents.NoteAdded)["note"]!;

        Text(sent["id"]).ShouldBe(note.Id);
        sent["author"]!.ToJsonString().ShouldBe($$"""{"id":"{{OrderBuilder.OwnerId}}","role":"customer"}""");
    }

    [Fact]
    public void AnInternalNote_RaisesNoEvent_AndAnEventNamingOneIsRefused()
    {
        var order = Builder().Build();
        var note = order.AddNote(OrderBuilder.Admin, Secret, NoteVisibility.Internal, Now).Value;

        order.DomainEvents.OfType<NoteAdded>().ShouldBeEmpty();
        // Only a bug could raise it; the body refuses to carry the note rather than send it.
        var forged = new NoteAdded(order.Id, order.OrderNumber, note.Id, ByAdmin: true, Now);
        Should.Throw<InvalidOperationException>(() => _bodies.Write("evt_1", WebhookEvents.NoteAdded, forged, order));
    }

    [Fact]
    public void NoBody_OfAnyEvent_CarriesAnInternalNote()
    {
        var order = Builder().Build();
        order.AddNote(OrderBuilder.Admin, Secret, NoteVisibility.Internal, Now).IsSuccess.ShouldBeTrue();
        order.MarkPaid(OrderBuilder.Admin, Now).IsSuccess.ShouldBeTrue();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Cable, 0)], [], "Cable out of stock", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();
        order.AddNote(OrderBuilder.Admin, "Sorry about the cable.", NoteVisibility.Customer, Now).IsSuccess.ShouldBeTrue();
        order.StartPreparation(OrderBuilder.Admin, null, Now).IsSuccess.ShouldBeTrue();
        order.MarkReady(OrderBuilder.Admin, null, Now).IsSuccess.ShouldBeTrue();
        order.CreateShipment(OrderBuilder.Admin, [new LineQuantity(Lamp, 1)], "UPS", "1Z1", null, Now).IsSuccess.ShouldBeTrue();

        var bodies = order.DomainEvents
            .Select(e => (Event: e, Type: WebhookBodies.EventType(e)))
            .Where(e => e.Type is not null)
            .Select(e => _bodies.Write("evt_1", e.Type!, e.Event, order))
            .ToList();

        bodies.Count.ShouldBeGreaterThanOrEqualTo(7, "paid, edited, refund created, note added, in preparation, ready, shipment created");
        bodies.ShouldAllBe(b => !b.Contains("rude", StringComparison.Ordinal) && !b.Contains("\"notes\"", StringComparison.Ordinal));
    }

    [Fact]
    public void EventType_NamesEditsAndNotes_AndSubscriptionsCanListThem()
    {
        WebhookBodies.EventType(new OrderEdited("o", "n", 1, NotifyCustomer: false, Now)).ShouldBe(WebhookEvents.OrderEdited);
        WebhookBodies.EventType(new NoteAdded("o", "n", "nt_o_1", ByAdmin: false, Now)).ShouldBe(WebhookEvents.NoteAdded);
        WebhookEvents.All.ShouldContain("order.edited");
        WebhookEvents.All.ShouldContain("order.note_added");
    }

    private JsonNode Data(Order order, IDomainEvent evt, string eventType)
    {
        var body = JsonNode.Parse(_bodies.Write("evt_1", eventType, evt, order))!;
        Text(body["event"]).ShouldBe(eventType);
        body["timestamp"]!.GetValue<string>().ShouldBe("2026-03-03T08:30:00Z");
        return body["data"]!;
    }

    private static string? Text(JsonNode? node) => node?.GetValue<string>();

    private static T Raised<T>(Order order) where T : IDomainEvent => order.DomainEvents.OfType<T>().Last();

    /// <summary>2 desk lamps at 20.00 and a cable at 5.00, 8% tax, standard shipping 4.99.</summary>
    private static OrderBuilder Builder() => new OrderBuilder()
        .WithLine(new OrderLineDraft(Lamp, "lamp", "Desk lamp", null, 20_00, 2))
        .WithLine(new OrderLineDraft(Cable, "cable", "USB-C Cable", null, 5_00, 1))
        .WithPaymentIntent();
}
