using System.Text.Json.Nodes;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.Infrastructure.Outbox;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Infrastructure.Outbox;

/// <summary>Webhook bodies of the events after the sale: the envelope of every webhook, with the shipment, return, refund,
/// credit note, edit or customer note in the API's shape (money in major units, enums by their API names, instants in UTC
/// with Z); and never an internal note, in any event's body.</summary>
public sealed class AfterSaleWebhookBodyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 30, 0, TimeSpan.FromHours(2));
    private const string Lamp = "line-lamp";
    private const string Cable = "line-cable";
    private const string Secret = "Customer was rude on the phone; refund only with manager approval";
    private readonly WebhookBodies _bodies = new(new WebhookOptions(), TestMappings.Config);

    [Fact]
    public void ShipmentCreated_CarriesTheShipment()
    {
        var order = Ready();
        var shipment = order.CreateShipment(OrderBuilder.Admin, [new LineQuantity(Lamp, 1)], "UPS", "1Z1", "https://track.example.com/1Z1", Now).Value;

        var data = Data(order, Raised<ShipmentCreated>(order), WebhookEvents.ShipmentCreated);

        Text(data["orderId"]).ShouldBe(order.Id);
        data["version"]!.GetValue<int>().ShouldBe(order.Version);
        Text(data["newStatus"]).ShouldBe("ready");
        data["previousStatus"].ShouldBeNull();
        var sent = data["shipment"]!;
        Text(sent["id"]).ShouldBe(shipment.Id);
        Text(sent["status"]).ShouldBe("shipped");
        Text(sent["carrier"]).ShouldBe("UPS");
        Text(sent["trackingNumber"]).ShouldBe("1Z1");
        Text(sent["trackingUrl"]).ShouldBe("https://track.example.com/1Z1");
        Text(sent["shippedAt"]).ShouldBe("2026-03-03T08:30:00Z");
        sent["deliveredAt"].ShouldBeNull();
        sent["lines"]!.ToJsonString().ShouldBe("""[{"orderLineId":"line-lamp","quantity":1}]""");
        data.AsObject().ContainsKey("refund").ShouldBeFalse();
    }

    [Fact]
    public void ReturnEvents_CarryTheReturnWithItsStatusInSnakeCase()
    {
        var order = Delivered();
        var ret = order.RequestReturn(OrderBuilder.Admin, [new LineQuantity(Lamp, 2)], "Too bright", TimeSpan.Zero, Now).Value;
        order.ClearDomainEvents();
        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new ReturnReceipt(Lamp, 1, ReturnDisposition.Damaged)], Now).IsSuccess.ShouldBeTrue();

        var data = Data(order, Raised<ReturnUpdated>(order), WebhookEvents.ReturnReceived);

        var sent = data["return"]!;
        Text(sent["id"]).ShouldBe(ret.Id);
        Text(sent["status"]).ShouldBe("partially_received");
        Text(sent["reason"]).ShouldBe("Too bright");
        sent["lines"]!.ToJsonString().ShouldBe("""[{"orderLineId":"line-lamp","quantity":2,"received":1,"restocked":0,"damaged":1,"missing":0}]""");
        Text(sent["updatedAt"]).ShouldBe("2026-03-03T08:30:00Z");
    }

    [Fact]
    public void RefundAndCreditNoteEvents_CarryThemInMajorUnits()
    {
        var order = Delivered();
        var refund = order.CreateRefund(OrderBuilder.Admin, new RefundDraft([new LineQuantity(Lamp, 1)], null, 4_99, 2_00, "Scratched"), Now).Value;
        order.IssueCreditNote(refund.Id, "FR-2026-00000001", Now).IsSuccess.ShouldBeTrue();

        var created = Data(order, Raised<RefundCreated>(order), WebhookEvents.RefundCreated)["refund"]!;
        var issued = Data(order, Raised<CreditNoteIssued>(order), WebhookEvents.CreditNoteIssued)["creditNote"]!;

        Text(created["id"]).ShouldBe(refund.Id);
        Text(created["status"]).ShouldBe("pending");
        created["amount"]!.ToJsonString().ShouldBe("28.59");
        created["shipping"]!.ToJsonString().ShouldBe("4.99");
        created["adjustment"]!.ToJsonString().ShouldBe("2.00");
        created["lines"]!.ToJsonString().ShouldBe("""[{"orderLineId":"line-lamp","quantity":1,"amount":21.60}]""");
        Text(created["creditNoteNumber"]).ShouldBe("FR-2026-00000001");
        Text(created["reason"]).ShouldBe("Scratched");
        created.AsObject().ContainsKey("returnId").ShouldBeTrue();
        created.AsObject().ContainsKey("attempt").ShouldBeFalse();
        issued.ToJsonString().ShouldBe("""{"number":"FR-2026-00000001","refundId":"__ID__","amount":28.59,"issuedAt":"2026-03-03T08:30:00Z"}""".Replace("__ID__", refund.Id));
    }

    [Fact]
    public void CreditNoteIssued_WhenTheSaveTookItsNumberAgain_CarriesTheNumberTheOrderHoldsNow()
    {
        var order = Delivered();
        var refund = order.CreateRefund(OrderBuilder.Admin, new RefundDraft(null, null, 0, 5_00, null), Now).Value;
        order.IssueCreditNote(refund.Id, "FR-2026-00000001", Now).IsSuccess.ShouldBeTrue();
        var issued = Raised<CreditNoteIssued>(order);
        // A retried save attempt: the first number rolled back, the series hands out another.
        order.IssueCreditNote(refund.Id, "FR-2026-00000002", Now).IsSuccess.ShouldBeTrue();

        Text(Data(order, issued, WebhookEvents.CreditNoteIssued)["creditNote"]!["number"]).ShouldBe("FR-2026-00000002");
    }

    [Fact]
    public void RefundSettled_WhenFailed_CarriesTheFailure()
    {
        var order = Delivered();
        var refund = order.CreateRefund(OrderBuilder.Admin, new RefundDraft(null, null, 0, 5_00, null), Now).Value;
        order.ClearDomainEvents();
        order.FailRefund(refund.Id, "card expired", Now).IsSuccess.ShouldBeTrue();

        var evt = Raised<RefundSettled>(order);
        WebhookBodies.EventType(evt).ShouldBe(WebhookEvents.RefundFailed);
        var sent = Data(order, evt, WebhookEvents.RefundFailed)["refund"]!;
        Text(sent["status"]).ShouldBe("failed");
        Text(sent["failureReason"]).ShouldBe("card expired");
    }

    [Fact]
    public void OrderEvents_KeepTheirBody_WithoutAfterSaleKeys()
    {
        var order = Ready();
        var evt = new OrderStatusChanged(order.Id, order.OrderNumber, OrderStatus.InPreparation, OrderStatus.Ready, "admin-1", null, Now);

        var data = Data(order, evt, WebhookEvents.OrderStatusChanged).AsObject();

        data.Select(p => p.Key).ShouldBe(["orderId", "orderNumber", "version", "previousStatus", "newStatus", "trackingNumber", "user"]);
        Text(data["previousStatus"]).ShouldBe("in_preparation");
    }

    [Fact]
    public void EventType_NamesEveryAfterSaleEventASubscriptionCanList()
    {
        IDomainEvent[] events =
        [
            new ShipmentCreated("o", "n", "s", Now), new ShipmentUpdated("o", "n", "s", Now),
            new ReturnUpdated("o", "n", "r", ReturnStatus.Requested, Now), new ReturnUpdated("o", "n", "r", ReturnStatus.Approved, Now),
            new ReturnUpdated("o", "n", "r", ReturnStatus.Declined, Now), new ReturnUpdated("o", "n", "r", ReturnStatus.PartiallyReceived, Now),
            new ReturnUpdated("o", "n", "r", ReturnStatus.Received, Now), new RefundCreated("o", "n", "f", Now),
            new RefundSettled("o", "n", "f", RefundStatus.Succeeded, Now), new RefundSettled("o", "n", "f", RefundStatus.Failed, Now),
            new CreditNoteIssued("o", "n", "FR", "f", Now),
        ];

        var types = events.Select(WebhookBodies.EventType).ToList();

        types.ShouldAllBe(t => t != null && WebhookEvents.All.Contains(t));
        types.Distinct().Count().ShouldBe(10);
    }

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

    private static OrderBuilder Builder() => new OrderBuilder()
        .WithLine(new OrderLineDraft(Lamp, "lamp", "Desk lamp", null, 20_00, 2))
        .WithLine(new OrderLineDraft(Cable, "cable", "USB-C Cable", null, 5_00, 1))
        .WithPaymentIntent();

    private static Order Ready() => Builder().In(OrderStatus.Ready).Build();

    private static Order Delivered() => Builder().In(OrderStatus.Delivered).Build();
}
