using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Outbox;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Infrastructure.Outbox;

/// <summary>Which of an order's events email the customer, taken from the events the real verbs raise.</summary>
public sealed class CustomerEmailsTests
{
    private static readonly DateTimeOffset Now = OrderBuilder.PlacedAt.AddDays(1);
    private const string Lamp = "line-lamp";
    private const string Cable = "line-cable";

    [Fact]
    public void For_WhenAShipmentLeavesUnitsBehind_SendsShipmentCreated()
    {
        var order = Ready();
        var shipment = order.CreateShipment(OrderBuilder.Admin, [new LineQuantity(Lamp, 1)], "UPS", "1Z1", null, Now).Value;

        var emails = Emails(order);

        emails.ShouldHaveSingleItem().AfterSale.ShouldBe(new AfterSaleEmail(EmailTemplateNames.ShipmentCreated, shipment.Id));
    }

    [Fact]
    public void For_WhenAShipmentShipsTheRest_SendsOnlyTheShippedStatusEmail()
    {
        var order = Ready();
        order.CreateShipment(OrderBuilder.Admin, null, "UPS", "1Z1", null, Now).IsSuccess.ShouldBeTrue();

        var email = Emails(order).ShouldHaveSingleItem();

        (email.From, email.To, email.AfterSale).ShouldBe((OrderStatus.Ready, OrderStatus.Shipped, null));
    }

    [Fact]
    public void For_WhenTheCustomerAsksForAReturn_SendsNothing_ButTheShopsDecisionsAndReceiptsDo()
    {
        var order = Delivered();
        var ret = order.RequestReturn(OrderBuilder.Owner, [new LineQuantity(Lamp, 2)], "Too bright", TimeSpan.FromDays(14), Now).Value;
        Emails(order).ShouldBeEmpty();

        order.ApproveReturn(OrderBuilder.Admin, ret.Id, Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldHaveSingleItem().AfterSale.ShouldBe(new AfterSaleEmail(EmailTemplateNames.ReturnUpdated, ret.Id, ReturnStatus.Approved));

        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new ReturnReceipt(Lamp, 1, ReturnDisposition.Restock)], Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldHaveSingleItem().AfterSale!.ReturnStatus.ShouldBe(ReturnStatus.PartiallyReceived);

        order.ReceiveReturn(OrderBuilder.Admin, ret.Id, [new ReturnReceipt(Lamp, 1, ReturnDisposition.Missing)], Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldHaveSingleItem().AfterSale!.ReturnStatus.ShouldBe(ReturnStatus.Received);
    }

    [Fact]
    public void For_WhenAnAdminOpensAReturn_SendsApproved()
    {
        var order = Delivered();
        var ret = order.RequestReturn(OrderBuilder.Admin, [new LineQuantity(Cable, 1)], null, TimeSpan.Zero, Now).Value;

        Emails(order).ShouldHaveSingleItem().AfterSale.ShouldBe(new AfterSaleEmail(EmailTemplateNames.ReturnUpdated, ret.Id, ReturnStatus.Approved));
    }

    [Fact]
    public void For_WhenADeclinedReturn_SendsItsStatus()
    {
        var order = Delivered();
        var ret = order.RequestReturn(OrderBuilder.Owner, [new LineQuantity(Cable, 1)], null, TimeSpan.FromDays(14), Now).Value;
        order.ClearDomainEvents();
        order.DeclineReturn(OrderBuilder.Admin, ret.Id, "Worn", Now).IsSuccess.ShouldBeTrue();

        Emails(order).ShouldHaveSingleItem().AfterSale!.ReturnStatus.ShouldBe(ReturnStatus.Declined);
    }

    [Fact]
    public void For_RefundCreatedFailedAndCreditNote_SendNothing_ASucceededRefundDoes()
    {
        var order = Delivered();
        var refund = order.CreateRefund(OrderBuilder.Admin, new RefundDraft([new LineQuantity(Lamp, 1)], null, 0, 0, null), Now).Value;
        order.IssueCreditNote(refund.Id, "FR-2026-00000001", Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldBeEmpty();

        order.FailRefund(refund.Id, "card expired", Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldBeEmpty();

        order.RetryRefund(OrderBuilder.Admin, refund.Id, Now).IsSuccess.ShouldBeTrue();
        order.ConfirmRefund(refund.Id, "re_1", Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldHaveSingleItem().AfterSale.ShouldBe(new AfterSaleEmail(EmailTemplateNames.RefundSucceeded, refund.Id));
    }

    [Fact]
    public void For_ShipmentUpdates_SendNothing_ButTheDeliveryStatusEmailStays()
    {
        var order = Ready();
        var shipment = order.CreateShipment(OrderBuilder.Admin, null, "UPS", "1Z1", null, Now).Value;
        order.ClearDomainEvents();

        order.UpdateShipment(OrderBuilder.Admin, shipment.Id, null, null, null, deliver: true, Now).IsSuccess.ShouldBeTrue();

        var email = Emails(order).ShouldHaveSingleItem();
        (email.From, email.To).ShouldBe((OrderStatus.Shipped, OrderStatus.Delivered));
    }

    [Fact]
    public void For_AnEdit_SendsOrderEditedNamingItsNumber_UnlessTheAdminChoseNotToTell()
    {
        var order = Builder().In(OrderStatus.Paid).Build();
        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Cable, 0)], [], "Out of stock", NotifyCustomer: true), Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldHaveSingleItem().AfterSale.ShouldBe(new AfterSaleEmail(EmailTemplateNames.OrderEdited, "1"));

        order.Edit(OrderBuilder.Admin, new EditDraft([new LineQuantity(Lamp, 1)], [], "Quiet fix", NotifyCustomer: false), Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldBeEmpty();
    }

    [Fact]
    public void For_Notes_OnlyAnAdminsCustomerNoteEmails()
    {
        var order = Builder().In(OrderStatus.Paid).Build();

        order.AddNote(OrderBuilder.Admin, "Fragile, pack twice", NoteVisibility.Internal, Now).IsSuccess.ShouldBeTrue();
        order.DomainEvents.ShouldBeEmpty("an internal note raises nothing at all");
        Emails(order).ShouldBeEmpty();

        order.AddNote(OrderBuilder.Owner, "Ring twice please", NoteVisibility.Customer, Now).IsSuccess.ShouldBeTrue();
        Emails(order).ShouldBeEmpty();

        var note = order.AddNote(OrderBuilder.Admin, "Ships Monday", NoteVisibility.Customer, Now).Value;
        Emails(order).ShouldHaveSingleItem().AfterSale.ShouldBe(new AfterSaleEmail(EmailTemplateNames.NoteAdded, note.Id));
    }

    /// <summary>The emails of what the order raised since the last call, as the outbox stages them in one save.</summary>
    private static List<EmailPayload> Emails(Order order)
    {
        List<IDomainEvent> raised = [.. order.DomainEvents];
        order.ClearDomainEvents();
        return [.. raised.Select(e => CustomerEmails.For(e, raised)).OfType<EmailPayload>()];
    }

    private static OrderBuilder Builder() => new OrderBuilder()
        .WithLine(new OrderLineDraft(Lamp, "lamp", "Desk lamp", null, 20_00, 2))
        .WithLine(new OrderLineDraft(Cable, "cable", "USB-C Cable", null, 5_00, 1))
        .WithPaymentIntent();

    private static Order Ready() => Builder().In(OrderStatus.Ready).Build();

    private static Order Delivered()
    {
        var order = Builder().In(OrderStatus.Delivered).Build();
        order.ClearDomainEvents();
        return order;
    }
}
