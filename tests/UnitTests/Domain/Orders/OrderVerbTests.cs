using Ardalis.Result;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderVerbTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddHours(3);
    private static readonly Actor Admin = OrderBuilder.Admin;

    [Theory]
    [InlineData(null, "UPS")]
    [InlineData("", "UPS")]
    [InlineData("   ", "UPS")]
    [InlineData("1Z999AA10123456784", null)]
    [InlineData("1Z999AA10123456784", " ")]
    [InlineData(null, null)]
    public void Ship_WhenTrackingNumberOrCarrierMissing_ReturnsTrackingRequiredAndChangesNothing(string? tracking, string? carrier)
    {
        var order = new OrderBuilder().Paid().InPreparation().Ready().Build();
        var before = OrderSnapshot.Of(order);

        var error = order.Ship(Admin, tracking, carrier, null, null, Later).ShouldFailWith("order.tracking_required", ResultStatus.Invalid);

        error.Fields.ShouldNotBeNull().Keys.ShouldBe(["trackingNumber", "shippingCarrier"], ignoreOrder: true);
        OrderSnapshot.Of(order).ShouldBe(before);
    }

    [Theory]
    [InlineData(101, 3)]
    [InlineData(20, 101)]
    public void Ship_WhenTrackingNumberOrCarrierOver100Chars_ReturnsTrackingTooLongAndChangesNothing(int trackingLength, int carrierLength)
    {
        var order = new OrderBuilder().Paid().InPreparation().Ready().Build();
        var before = OrderSnapshot.Of(order);

        var error = order.Ship(Admin, new string('T', trackingLength), new string('C', carrierLength), null, null, Later)
            .ShouldFailWith("order.tracking_too_long", ResultStatus.Invalid);

        error.Fields.ShouldNotBeNull().Keys.ShouldHaveSingleItem().ShouldBe(trackingLength > 100 ? "trackingNumber" : "shippingCarrier");

        OrderSnapshot.Of(order).ShouldBe(before);
    }

    [Fact]
    public void Ship_WhenReady_SetsTrackingCarrierShippedAtAndEstimatedDelivery()
    {
        var order = new OrderBuilder().Paid().InPreparation().Ready().Build();

        order.Ship(Admin, "  1Z999AA10123456784 ", " UPS ", new DateOnly(2026, 3, 9), null, Later).ShouldSucceed();

        order.TrackingNumber.ShouldBe("1Z999AA10123456784");
        order.ShippingCarrier.ShouldBe("UPS");
        order.ShippedAt.ShouldBe(Later);
        order.EstimatedDeliveryDate.ShouldBe(new DateOnly(2026, 3, 9));
    }

    [Theory]
    [InlineData(ShippingMethod.Standard)]
    [InlineData(ShippingMethod.Express)]
    public void MarkDelivered_WhenReadyAndNotPickup_ReturnsConflictAndChangesNothing(ShippingMethod method)
    {
        var order = new OrderBuilder().WithShipping(method).Paid().InPreparation().Ready().Build();
        var before = OrderSnapshot.Of(order);

        var error = order.MarkDelivered(Admin, null, Later).ShouldFailWith("order.pickup_only", ResultStatus.Conflict);

        error.Message.ShouldContain("Allowed next states: shipped");
        OrderSnapshot.Of(order).ShouldBe(before);
    }

    [Fact]
    public void MarkDelivered_WhenReadyPickup_SetsDeliveredAt()
    {
        var order = new OrderBuilder().WithShipping(ShippingMethod.Pickup).Paid().InPreparation().Ready().Build();

        order.MarkDelivered(Admin, null, Later).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Delivered);
        order.DeliveredAt.ShouldBe(Later);
    }

    [Fact]
    public void MarkDelivered_WhenShipped_SetsDeliveredAt()
    {
        var order = new OrderBuilder().Paid().InPreparation().Ready().Shipped().Build();

        order.MarkDelivered(Admin, null, Later).ShouldSucceed();

        order.DeliveredAt.ShouldBe(Later);
    }

    [Fact]
    public void MarkPaid_WhenPending_SetsPaidAtPaymentSucceededAndWasPaid()
    {
        var order = new OrderBuilder().Build();
        order.WasPaid.ShouldBeFalse();
        order.PaymentStatus.ShouldBe(PaymentStatus.RequiresPayment);

        order.MarkPaid(Actor.PaymentProvider, Later).ShouldSucceed();

        order.PaidAt.ShouldBe(Later);
        order.PaymentStatus.ShouldBe(PaymentStatus.Succeeded);
        order.WasPaid.ShouldBeTrue();
        order.History[^1].By.ShouldBe("payment");
    }

    [Fact]
    public void WasPaid_WhenCanceledAfterPayment_StaysTrue()
    {
        var order = new OrderBuilder().Paid().Canceled().Build();

        order.WasPaid.ShouldBeTrue();
    }

    [Fact]
    public void Cancel_WhenPending_SetsCanceledAtAndReason()
    {
        var order = new OrderBuilder().Build();

        order.Cancel(Admin, "  Out of budget.  ", Later).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Canceled);
        order.CanceledAt.ShouldBe(Later);
        order.CancelReason.ShouldBe("Out of budget.");
        order.History[^1].Note.ShouldBe("Out of budget.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Cancel_WhenNoReason_StoresNoReason(string? reason)
    {
        var order = new OrderBuilder().Build();

        order.Cancel(Admin, reason, Later).ShouldSucceed();

        order.CancelReason.ShouldBeNull();
        order.History[^1].Note.ShouldBeNull();
    }

    [Fact]
    public void Cancel_WhenReasonHas500Characters_Succeeds()
    {
        var order = new OrderBuilder().Build();
        var reason = new string('r', OrderErrors.MaxReasonLength);

        order.Cancel(Admin, reason, Later).ShouldSucceed();

        order.CancelReason.ShouldBe(reason);
    }

    [Fact]
    public void Cancel_WhenReasonHas501Characters_ReturnsInvalidAndChangesNothing()
    {
        var order = new OrderBuilder().Build();
        var before = OrderSnapshot.Of(order);

        order.Cancel(Admin, new string('r', OrderErrors.MaxReasonLength + 1), Later).ShouldBeInvalidFor("reason");

        OrderSnapshot.Of(order).ShouldBe(before);
    }

    [Theory]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.InPreparation)]
    public void Cancel_WhenOwnerWhoIsNotAdmin_Succeeds(OrderStatus from)
    {
        var order = new OrderBuilder().In(from).Build();

        order.Cancel(OrderBuilder.Owner, "Ordered twice.", Later).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Canceled);
        order.History[^1].ShouldBe(new StatusChange(from, OrderStatus.Canceled, Later, OrderBuilder.OwnerId, "Ordered twice."));
        order.ShouldHaveRaisedOne<OrderStatusChanged>().By.ShouldBe(OrderBuilder.OwnerId);
    }

    [Fact]
    public void Cancel_WhenNeitherOwnerNorAdmin_ReturnsForbiddenAndChangesNothing()
    {
        var order = new OrderBuilder().Build();
        var before = OrderSnapshot.Of(order);

        order.Cancel(OrderBuilder.Stranger, null, Later).ShouldFailWith("order.forbidden", ResultStatus.Forbidden);

        OrderSnapshot.Of(order).ShouldBe(before);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reject_WhenNoNote_ReturnsInvalidAndChangesNothing(string? note)
    {
        var order = new OrderBuilder().Build();
        var before = OrderSnapshot.Of(order);

        order.Reject(Admin, note, Later).ShouldBeInvalidFor("note");

        OrderSnapshot.Of(order).ShouldBe(before);
    }

    [Fact]
    public void Reject_WhenNoteHas501Characters_ReturnsInvalidAndChangesNothing()
    {
        var order = new OrderBuilder().Build();
        var before = OrderSnapshot.Of(order);

        order.Reject(Admin, new string('n', OrderErrors.MaxReasonLength + 1), Later).ShouldBeInvalidFor("note");

        OrderSnapshot.Of(order).ShouldBe(before);
    }

    [Fact]
    public void Reject_WhenNoteHas500Characters_SetsCanceledAtAndReason()
    {
        var order = new OrderBuilder().Paid().Build();
        var note = new string('n', OrderErrors.MaxReasonLength);

        order.Reject(Admin, note, Later).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Rejected);
        order.CanceledAt.ShouldBe(Later);
        order.CancelReason.ShouldBe(note);
    }

    public static TheoryData<string, OrderStatus> AdminOnlyVerbs() => new()
    {
        { nameof(Order.MarkPaid), OrderStatus.Pending },
        { nameof(Order.StartPreparation), OrderStatus.Paid },
        { nameof(Order.MarkReady), OrderStatus.InPreparation },
        { nameof(Order.Ship), OrderStatus.Ready },
        { nameof(Order.MarkDelivered), OrderStatus.Shipped },
        { nameof(Order.Reject), OrderStatus.Pending },
    };

    [Theory]
    [MemberData(nameof(AdminOnlyVerbs))]
    public void AdminVerb_WhenActorIsNotAdmin_ReturnsForbiddenAndChangesNothing(string verb, OrderStatus from)
    {
        foreach (var actor in new[] { OrderBuilder.Owner, OrderBuilder.Stranger })
        {
            var order = new OrderBuilder().In(from).Build();
            var before = OrderSnapshot.Of(order);

            Call(order, verb, actor).ShouldFailWith("order.forbidden", ResultStatus.Forbidden);

            OrderSnapshot.Of(order).ShouldBe(before);
        }
    }

    private static Result Call(Order order, string verb, Actor actor) => verb switch
    {
        nameof(Order.MarkPaid) => order.MarkPaid(actor, Later),
        nameof(Order.StartPreparation) => order.StartPreparation(actor, null, Later),
        nameof(Order.MarkReady) => order.MarkReady(actor, null, Later),
        nameof(Order.Ship) => order.Ship(actor, "1Z999AA10123456784", "UPS", null, null, Later),
        nameof(Order.MarkDelivered) => order.MarkDelivered(actor, null, Later),
        nameof(Order.Reject) => order.Reject(actor, "Not allowed to do this.", Later),
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, null),
    };

    [Fact]
    public void StatusVerb_WhenNoteLongerThan500_ReturnsInvalidAndChangesNothing()
    {
        var order = new OrderBuilder().Paid().Build();
        var before = OrderSnapshot.Of(order);

        order.StartPreparation(Admin, new string('n', OrderErrors.MaxReasonLength + 1), Later).ShouldBeInvalidFor("note");

        OrderSnapshot.Of(order).ShouldBe(before);
    }
}
