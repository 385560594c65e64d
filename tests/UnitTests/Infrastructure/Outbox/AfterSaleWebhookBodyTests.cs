using System.Text.Json.Nodes;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.Infrastructure.Outbox;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Infrastructure.Outbox;

/// <summary>Webhook bodies of the events after the sale: the envelope of every webhook, with the shipment, return, refund
/// or credit note in the API's shape (money in major units, enums by their API names, instants in UTC with Z).</summary>
public sealed class AfterSaleWebhookBodyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 10, 30, 0, TimeSpan.FromHours(2));
    private const string Lamp = "line-lamp";
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
        .WithLine(new OrderLineDraft("line-cable", "cable", "USB-C Cable", null, 5_00, 1))
        .WithPaymentIntent();

    private static Order Ready() => Builder().In(OrderStatus.Ready).Build();

    private static Order Delivered() => Builder().In(OrderStatus.Delivered).Build();
}
