using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orders.Application.Orders;
using Orders.Application.Webhooks;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Infrastructure.Outbox;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>What happens after the sale, told through the outbox: webhooks to a real receiver with the shipment, return,
/// refund or credit note in <c>data</c>, and emails to a real SMTP server. Driven through the routes there are (status
/// changes, cancel, payment events); a partial shipment and returns, whose routes other work adds, through the domain's
/// verbs and the unit of work, the way their use cases will.</summary>
public sealed class AfterSaleNotificationTests(EmailApiFactory factory) : IClassFixture<EmailApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task Subscription_CanListEveryEvent()
    {
        var created = await (await _admin.PostAsJsonAsync("/api/webhooks", new { url = "http://127.0.0.1:9/every", events = WebhookEvents.All }))
            .ShouldBeAsync(HttpStatusCode.Created);

        created["events"]!.AsArray().Select(e => e.Str()).ShouldBe(WebhookEvents.All);
        (await _admin.DeleteAsync($"/api/webhooks/{created["id"].Str()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task ShippingTheOldWay_RaisesShipmentCreatedWithTheShipment_AndEmailsOnlyTheShippedStatus()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "after-sale-shipped@example.com";
        var product = await _admin.CreateProductAsync("After-sale shipped lamp", 20m, 5);
        var owner = factory.ClientFor("after-sale-shipped", email: address);
        var order = await owner.PlaceOrderOkAsync((product, 2));
        await factory.CreateClient().PayAsync(order);
        var shipped = await _admin.MoveAsync(order.Id(), "in_preparation", "ready", "shipped");

        var hook = await HookAsync(receiver, order, WebhookEvents.ShipmentCreated);
        var data = hook["data"]!;
        data["newStatus"].Str().ShouldBe("shipped");
        data["version"]!.GetValue<int>().ShouldBe(shipped.Version());
        var shipment = data["shipment"]!;
        shipment["id"].Str().ShouldBe($"sh_{order.Id()}_1");
        (shipment["carrier"].Str(), shipment["trackingNumber"].Str(), shipment["status"].Str()).ShouldBe((LifecycleApi.Carrier, LifecycleApi.TrackingNumber, "shipped"));
        shipment["trackingUrl"].ShouldBeNull();
        shipment["shippedAt"].Instant().ShouldBe(shipped["shippedAt"].Instant());
        shipment["lines"]!.ToJsonString().ShouldBe($$"""[{"orderLineId":"{{order["items"]![0]!["id"].Str()}}","quantity":2}]""");
        (await HookAsync(receiver, order, WebhookEvents.OrderStatusChanged, h => h["data"]!["newStatus"].Str() == "shipped"))["data"]!["shipment"].ShouldBeNull();

        // The witness: the delivery's email is queued after the shipment's; once it is in, a shipment_created email would be too.
        await _admin.MoveAsync(order.Id(), "delivered");
        await MailAsync(address, $"Your order {order["orderNumber"].Str()} has been delivered");
        var mails = await factory.MailForAsync(address, 6);
        mails.Select(m => m.Subject).ShouldNotContain(s => s.StartsWith("Part of your order", StringComparison.Ordinal));
        mails.Count.ShouldBe(6, "confirmation, paid, in preparation, ready, shipped, delivered");
        (await HookAsync(receiver, order, WebhookEvents.ShipmentUpdated))["data"]!["shipment"]!["status"].Str().ShouldBe("delivered");
    }

    [Fact]
    public async Task APartialShipment_EmailsWhichUnitsLeft_WithTheCarriersTracking()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "after-sale-partial@example.com";
        var lamp = await _admin.CreateProductAsync("Partial desk lamp", 20m, 5);
        var cable = await _admin.CreateProductAsync("Partial cable", 5m, 5);
        var order = await factory.ClientFor("after-sale-partial", email: address).PlaceOrderOkAsync((lamp, 2), (cable, 1));
        await factory.CreateClient().PayAsync(order);
        await _admin.MoveAsync(order.Id(), "in_preparation", "ready");
        var lampLine = order["items"]!.AsArray().Single(i => i!["productId"].Str() == lamp)!["id"].Str();

        await ChangeAsync(order, (o, now) => o.CreateShipment(
            Admin, [new LineQuantity(lampLine, 1)], "DHL", "JD014600006", "https://track.example.com/JD014600006", now).IsSuccess);

        var mail = await MailAsync(address, $"Part of your order {order["orderNumber"].Str()} is on its way");
        mail.Text.ShouldNotBeNull().ShouldContain("- Partial desk lamp: 1\n");
        mail.Text.ShouldNotContain("Partial cable");
        mail.Text.ShouldContain("JD014600006");
        mail.Text.ShouldContain("DHL");
        mail.Html.ShouldNotBeNull().ShouldContain("href=\"https://track.example.com/JD014600006\"");
        var data = (await HookAsync(receiver, order, WebhookEvents.ShipmentCreated))["data"]!;
        data["newStatus"].Str().ShouldBe("ready", "part of the order is still to ship");
        data["shipment"]!["lines"]!.ToJsonString().ShouldBe($$"""[{"orderLineId":"{{lampLine}}","quantity":1}]""");
        data["shipment"]!["trackingUrl"].Str().ShouldBe("https://track.example.com/JD014600006");
    }

    [Fact]
    public async Task CancelingAPaidOrder_RaisesRefundAndCreditNoteEvents_AndEmailsTheRefundOnceItSucceeds()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "after-sale-refund@example.com";
        var product = await _admin.CreateProductAsync("After-sale refunded lamp", 20m, 5);
        var owner = factory.ClientFor("after-sale-refund", email: address);
        var order = await owner.PlaceOrderOkAsync((product, 1));
        await factory.CreateClient().PayAsync(order);

        await (await owner.CancelAsync(order.Id(), "Found a cheaper one")).ShouldBeAsync(HttpStatusCode.OK);
        var refunded = await _admin.RefundedAsync(order.Id());

        var created = (await HookAsync(receiver, order, WebhookEvents.RefundCreated))["data"]!["refund"]!;
        var issued = (await HookAsync(receiver, order, WebhookEvents.CreditNoteIssued))["data"]!["creditNote"]!;
        var succeeded = await HookAsync(receiver, order, WebhookEvents.RefundSucceeded);
        var refund = succeeded["data"]!["refund"]!;
        var refundId = $"rf_{order.Id()}_1";
        (created["id"].Str(), created["status"].Str(), refund["id"].Str(), refund["status"].Str()).ShouldBe((refundId, "pending", refundId, "succeeded"));
        refund["amount"].Dec().ShouldBe(order["total"].Dec());
        issued["refundId"].Str().ShouldBe(refundId);
        issued["amount"].Dec().ShouldBe(order["total"].Dec());
        issued["number"].Str().ShouldMatch(@"^FR-\d{4}-\d{8}$");
        refund["creditNoteNumber"].Str().ShouldBe(issued["number"].Str());
        succeeded["data"]!["version"]!.GetValue<int>().ShouldBe(refunded.Version());
        succeeded["data"]!["newStatus"].Str().ShouldBe("canceled");
        // What the order stores after that change is what the webhook said.
        var stored = await StoredAsync(order);
        JsonNode.DeepEquals(refund, JsonSerializer.SerializeToNode(WebhookRefund.From(stored.Refunds.Single()), OutboxWriter.Json)).ShouldBeTrue(
            $"webhook {refund.ToJsonString()} vs stored {JsonSerializer.Serialize(stored.Refunds.Single())}");

        var mail = await MailAsync(address, $"Refund of {order["total"].Dec():0.00} USD for order {order["orderNumber"].Str()}");
        mail.Text.ShouldNotBeNull().ShouldContain(issued["number"].Str());
        mail.Text.ShouldContain("- After-sale refunded lamp: 1 = ");
        // Queued last: confirmation, paid and canceled came before it, and nothing for refund.created or the credit note.
        (await factory.MailForAsync(address, 4)).Count.ShouldBe(4);
    }

    [Fact]
    public async Task Returns_ACustomersRequestIsForTheShop_ItsApprovalReceiptAndDeclineAreEmailed()
    {
        await using var receiver = await SubscribedReceiverAsync();
        const string address = "after-sale-return@example.com";
        var product = await _admin.CreateProductAsync("After-sale returned lamp", 20m, 5);
        var owner = factory.ClientFor("after-sale-return", email: address);
        var order = await owner.PlaceOrderOkAsync((product, 3));
        await factory.CreateClient().PayAsync(order);
        await _admin.MoveAsync(order.Id(), "in_preparation", "ready", "shipped", "delivered");
        var line = order["items"]![0]!["id"].Str();
        var customer = new Actor("after-sale-return", IsAdmin: false);
        var (first, second) = ($"rt_{order.Id()}_1", $"rt_{order.Id()}_2");

        await ChangeAsync(order, (o, now) => o.RequestReturn(customer, [new LineQuantity(line, 2)], "Too bright", TimeSpan.FromDays(14), now).IsSuccess);
        var requested = (await HookAsync(receiver, order, WebhookEvents.ReturnRequested))["data"]!["return"]!;
        (requested["id"].Str(), requested["status"].Str(), requested["reason"].Str()).ShouldBe((first, "requested", "Too bright"));

        await ChangeAsync(order, (o, now) => o.ApproveReturn(Admin, first, now).IsSuccess);
        var approved = await MailAsync(address, $"Your return for order {order["orderNumber"].Str()} has been approved");
        approved.Text.ShouldNotBeNull().ShouldContain("- After-sale returned lamp: 2\n");
        (await HookAsync(receiver, order, WebhookEvents.ReturnApproved))["data"]!["return"]!["status"].Str().ShouldBe("approved");

        await ChangeAsync(order, (o, now) => o.ReceiveReturn(Admin, first, [new ReturnReceipt(line, 1, ReturnDisposition.Damaged)], now).IsSuccess);
        var received = await MailAsync(address, $"We have received part of your return for order {order["orderNumber"].Str()}");
        received.Text.ShouldNotBeNull().ShouldContain("(1 received)");
        var receivedHook = (await HookAsync(receiver, order, WebhookEvents.ReturnReceived))["data"]!["return"]!;
        receivedHook["status"].Str().ShouldBe("partially_received");
        receivedHook["lines"]!.ToJsonString().ShouldBe(
            $$"""[{"orderLineId":"{{line}}","quantity":2,"received":1,"restocked":0,"damaged":1,"missing":0}]""");

        await ChangeAsync(order, (o, now) => o.RequestReturn(customer, [new LineQuantity(line, 1)], null, TimeSpan.FromDays(14), now).IsSuccess);
        await ChangeAsync(order, (o, now) => o.DeclineReturn(Admin, second, "Opened items cannot be returned", now).IsSuccess);
        var declined = await MailAsync(address, $"Your return for order {order["orderNumber"].Str()} has been declined");
        declined.Text.ShouldNotBeNull().ShouldContain("Note: Opened items cannot be returned");
        (await HookAsync(receiver, order, WebhookEvents.ReturnDeclined))["data"]!["return"]!["note"].Str().ShouldBe("Opened items cannot be returned");

        // The decline's email was queued after both requests: no email for either of them. Confirmation and five status
        // changes, then approved, partly received and declined.
        var mails = await factory.MailForAsync(address, 9);
        mails.Count.ShouldBe(9);
        mails.Count(m => m.Subject.Contains("return", StringComparison.OrdinalIgnoreCase)).ShouldBe(3);
    }

    private static readonly Actor Admin = new("admin-after-sale", IsAdmin: true);

    private Task<WebhookReceiver> SubscribedReceiverAsync() => _admin.SubscribedReceiverAsync();

    private static Task<JsonNode> HookAsync(WebhookReceiver receiver, JsonObject order, string eventType, Func<JsonNode, bool>? where = null) =>
        receiver.HookAsync(order, eventType, where);

    private Task<ReceivedEmail> MailAsync(string address, string subject) => factory.MailAsync(address, subject);

    private Task ChangeAsync(JsonObject order, Func<Order, DateTimeOffset, bool> verb) => factory.ChangeAsync(order.Id(), verb);

    private Task<OrderDto> StoredAsync(JsonObject order) => factory.StoredAsync(order);
}
