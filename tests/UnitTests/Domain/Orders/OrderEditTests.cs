using Ardalis.Result;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderEditTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddHours(5);
    private static readonly Actor Admin = OrderBuilder.Admin;

    // Three units of 19.99 and two of 45.50, 10% off, 21% tax, standard shipping 4.99: shares that do not divide evenly.
    private static OrderBuilder Builder() => new OrderBuilder()
        .WithLine("p1", 1999, 3).WithLine("p2", 4550, 2)
        .WithDiscount(new DiscountBuilder().PercentOff(10).Build()).WithTaxRate(21).WithPaymentIntent();

    private static LineQuantity Set(string product, int quantity) => new($"line-{product}", quantity);

    private static OrderLineDraft New(string product, long unitPrice, int quantity) =>
        new($"line-{product}", product, $"Product {product}", null, unitPrice, quantity);

    private static EditDraft Draft(params LineQuantity[] lines) => new(lines, [], "Customer called", true);

    private static EditDraft Draft(LineQuantity[] lines, OrderLineDraft[] added, string? reason = "Customer called", bool notify = true) =>
        new(lines, added, reason, notify);

    // Independent of the domain's Money: the percentage rounded half away from zero, capped by the subtotal; a fixed
    // amount capped by it; tax on what is left at the given rate.
    private static (long Discount, long Tax, long Total) Expected(long subtotal, decimal? percentOff, long? amountOff, decimal taxRate, long shipping)
    {
        var discount = percentOff is { } p
            ? Math.Min((long)Math.Round(subtotal * p / 100m, MidpointRounding.AwayFromZero), subtotal)
            : Math.Min(amountOff ?? 0, subtotal);
        var tax = (long)Math.Round((subtotal - discount) * taxRate / 100m, MidpointRounding.AwayFromZero);
        return (discount, tax, subtotal - discount + tax + shipping);
    }

    private static FailureSeen ShouldRefuse(Order order, EditDraft draft, string code, ResultStatus status)
    {
        var before = EditState.Of(order);
        var seen = order.Edit(Admin, draft, Later).ShouldFailWith(code, status);
        EditState.Of(order).ShouldBe(before);
        return seen;
    }

    private static void ShouldRefuseField(Order order, EditDraft draft, string field, Actor? by = null)
    {
        var before = EditState.Of(order);
        order.Edit(by ?? Admin, draft, Later).ShouldBeInvalidFor(field);
        EditState.Of(order).ShouldBe(before);
    }

    [Fact]
    public void TheBuiltOrder_IsPricedAsExpected()
    {
        var order = Builder().Build();

        (order.Subtotal, order.DiscountAmount, order.Tax, order.Total).ShouldBe((15097L, 1510L, 2853L, 16939L));
    }

    // --- Who, why, when ---

    [Fact]
    public void ACustomer_MayNotEdit_EvenTheirOwnOrder()
    {
        var order = Builder().Build();
        var before = EditState.Of(order);

        order.Edit(OrderBuilder.Owner, Draft(Set("p1", 1)), Later).ShouldFailWith("order.forbidden", ResultStatus.Forbidden);

        EditState.Of(order).ShouldBe(before);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEditWithoutAReason_IsRefused(string? reason) =>
        ShouldRefuseField(Builder().Build(), Draft([Set("p1", 1)], [], reason), "reason");

    [Fact]
    public void AReasonOver500Characters_IsRefused_AndOneOf500IsKeptTrimmed()
    {
        var order = Builder().Build();
        ShouldRefuseField(order, Draft([Set("p1", 1)], [], new string('x', 501)), "reason");

        var edited = order.Edit(Admin, Draft([Set("p1", 1)], [], $"  {new string('y', 500)}  "), Later);

        edited.ShouldSucceed();
        edited.Value.Edit.Reason.ShouldBe(new string('y', 500));
    }

    [Theory]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.Paid)]
    [InlineData(OrderStatus.InPreparation)]
    public void AnOrderPendingPaidOrInPreparation_IsEdited(OrderStatus status)
    {
        var order = Builder().In(status).Build();

        order.IsEditable.ShouldBeTrue();
        order.Edit(Admin, Draft(Set("p1", 1)), Later).ShouldSucceed();
        order.Status.ShouldBe(status);
        order.Lines[0].Quantity.ShouldBe(1);
    }

    [Theory]
    [InlineData(OrderStatus.Ready)]
    [InlineData(OrderStatus.Shipped)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Canceled)]
    [InlineData(OrderStatus.Rejected)]
    public void AnOrderInAnyOtherStatus_IsNotEdited(OrderStatus status)
    {
        var order = Builder().In(status).Build();

        order.IsEditable.ShouldBeFalse();
        ShouldRefuse(order, Draft(Set("p1", 1)), "order.edit_not_allowed", ResultStatus.Conflict).Message.ShouldContain(status.ToSnakeCase());
    }

    [Fact]
    public void AnOrderWithAnyUnitShipped_IsNotEdited()
    {
        var order = Builder().Paid().InPreparation().Ready().Build();
        order.CreateShipment(Admin, [Set("p1", 1)], "UPS", "1Z1", null, Later).ShouldSucceed();

        order.IsEditable.ShouldBeFalse();
        ShouldRefuse(order, Draft(Set("p2", 1)), "order.edit_not_allowed", ResultStatus.Conflict);
    }

    [Fact]
    public void AnOrderWithRefundedUnits_IsNotEdited_PendingOrSucceeded()
    {
        var order = Builder().Paid().Build();
        var refund = order.CreateRefund(Admin, new RefundDraft([Set("p2", 1)], null, 0, 0, null), Later).Value;

        ShouldRefuse(order, Draft(Set("p1", 1)), "order.edit_not_allowed", ResultStatus.Conflict);
        order.ConfirmRefund(refund.Id, "re_1", Later).ShouldSucceed();
        ShouldRefuse(order, Draft(Set("p1", 1)), "order.edit_not_allowed", ResultStatus.Conflict);
    }

    [Fact]
    public void AnOrderWithAFailedRefundOfUnits_IsNotEdited_SinceTheRefundMayBeRetriedAtItsPrices()
    {
        var order = Builder().Paid().Build();
        var refund = order.CreateRefund(Admin, new RefundDraft([Set("p2", 1)], null, 0, 0, null), Later).Value;
        order.FailRefund(refund.Id, "card expired", Later).ShouldSucceed();

        // Removing the line would leave the failed refund naming a line that is gone, and its retry nothing to take.
        ShouldRefuse(order, Draft(Set("p2", 0)), "order.edit_not_allowed", ResultStatus.Conflict);
        order.RetryRefund(Admin, refund.Id, Later).ShouldSucceed();
        order.Lines[1].Refunded.ShouldBe(1);
    }

    [Fact]
    public void ShippingAndAdjustmentRefunds_DoNotStopAnEdit_AndItsRefundIsStillTheDifference()
    {
        var order = Builder().Paid().Build();
        order.CreateRefund(Admin, new RefundDraft(null, null, 200, 300, "late"), Later).ShouldSucceed();
        var before = order.Total;

        var edited = order.Edit(Admin, Draft(Set("p1", 1)), Later);

        edited.ShouldSucceed();
        edited.Value.Refund.ShouldNotBeNull().Amount.ShouldBe(before - order.Total);
        order.RefundableTotal.ShouldBe(order.Total - 500);
    }

    [Fact]
    public void AnOrderEditedAHundredTimes_IsNotEditedAgain()
    {
        var order = Builder().Build();
        for (var i = 0; i < Order.MaxEdits; i++) order.Edit(Admin, Draft(Set("p1", i % 2 + 1)), Later).ShouldSucceed();

        ShouldRefuse(order, Draft(Set("p1", 3)), "order.edit_limit", ResultStatus.Conflict);
    }

    // --- The shape of the changes ---

    [Fact]
    public void NoChanges_AreRefused() => ShouldRefuseField(Builder().Build(), Draft(), "changes");

    [Fact]
    public void ChangesThatLeaveEveryLineAsItIs_AreRefused_ForAnEditThatChangesNothingIsNoEdit()
    {
        var order = Builder().Build();

        ShouldRefuseField(order, Draft(Set("p1", 3), Set("p2", 2)), "changes");
    }

    [Fact]
    public void AnUnknownLine_IsRefused() => ShouldRefuseField(Builder().Build(), Draft(Set("p9", 1)), "changes");

    [Fact]
    public void TheSameLineTwice_IsRefused() => ShouldRefuseField(Builder().Build(), Draft(Set("p1", 1), Set("p1", 2)), "changes");

    [Fact]
    public void TheSameNewProductTwice_IsRefused() =>
        ShouldRefuseField(Builder().Build(), Draft([], [New("p3", 100, 1), New("p3", 200, 2) with { LineId = "line-p3b" }]), "changes");

    [Fact]
    public void AddingAProductAlreadyOnTheOrder_IsRefused() =>
        ShouldRefuseField(Builder().Build(), Draft([], [New("p1", 1999, 1) with { LineId = "line-p1b" }]), "changes");

    [Theory]
    [InlineData(-1)]
    [InlineData(Order.MaxQuantityPerLine + 1)]
    public void ALineQuantityOutOfRange_IsRefused(int quantity) => ShouldRefuseField(Builder().Build(), Draft(Set("p1", quantity)), "changes");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Order.MaxQuantityPerLine + 1)]
    public void ANewLineQuantityOutOfRange_IsRefused(int quantity) =>
        ShouldRefuseField(Builder().Build(), Draft([], [New("p3", 100, quantity)]), "changes");

    [Fact]
    public void AQuantityOfAThousand_IsAccepted()
    {
        var order = Builder().Build();

        order.Edit(Admin, Draft([Set("p1", Order.MaxQuantityPerLine)], [New("p3", 100, Order.MaxQuantityPerLine)]), Later).ShouldSucceed();
    }

    [Fact]
    public void RemovingEveryUnit_IsRefused_ButReplacingThemIsNot()
    {
        var order = Builder().Build();
        ShouldRefuseField(order, Draft(Set("p1", 0), Set("p2", 0)), "changes");

        order.Edit(Admin, Draft([Set("p1", 0), Set("p2", 0)], [New("p3", 700, 1)]), Later).ShouldSucceed();

        order.Lines.ShouldHaveSingleItem().ProductId.ShouldBe("p3");
    }

    [Fact]
    public void MoreThanAHundredLines_AreRefused_ButAddingAsOneIsRemovedIsNot()
    {
        var builder = new OrderBuilder();
        for (var i = 1; i <= Order.MaxLines; i++) builder.WithLine($"p{i}", 100);
        var order = builder.Build();

        ShouldRefuseField(order, Draft([], [New("x1", 100, 1)]), "changes");
        order.Edit(Admin, Draft([Set("p1", 0)], [New("x1", 100, 1)]), Later).ShouldSucceed();
        order.Lines.Count.ShouldBe(Order.MaxLines);
    }

    // --- Money ---

    [Fact]
    public void APaidOrder_IsNotEditedUp()
    {
        var order = Builder().Paid().Build();

        var seen = ShouldRefuse(order, Draft([], [New("p3", 100, 1)]), "order.edit_increases_paid_total", ResultStatus.Conflict);

        seen.Message.ShouldContain(order.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void APaidOrderThatCostNothing_IsNotEditedUpEither()
    {
        // Paid in full with nothing: a free product picked up in the shop. Raising its total would leave it paid for less.
        var order = new OrderBuilder().WithLine("p1", 0, 2).WithShipping(ShippingMethod.Pickup).Paid().Build();
        order.Total.ShouldBe(0);

        ShouldRefuse(order, Draft([], [New("p3", 1000, 1)]), "order.edit_increases_paid_total", ResultStatus.Conflict);
        ShouldRefuse(order, Draft(Set("p1", 3)) with { Added = [New("p3", 1, 1)] }, "order.edit_increases_paid_total", ResultStatus.Conflict);
    }

    [Fact]
    public void APaidOrderEditedToTheSameTotal_GetsNoRefund()
    {
        var order = Builder().Paid().Build();
        var total = order.Total;

        var edited = order.Edit(Admin, Draft([], [New("p3", 0, 2)]), Later);

        edited.ShouldSucceed();
        edited.Value.Refund.ShouldBeNull();
        order.Total.ShouldBe(total);
        order.Refunds.ShouldBeEmpty();
        order.PaymentStatus.ShouldBe(PaymentStatus.Succeeded);
        order.ShouldHaveRaisedOnly<OrderEdited>();
    }

    [Fact]
    public void APaidOrderEditedDown_GetsOneRefundOfExactlyTheDifference()
    {
        var order = Builder().Paid().Build();
        var paid = order.Total;

        var edited = order.Edit(Admin, Draft([Set("p1", 1), Set("p2", 0)], [New("p3", 333, 2)]), Later).Value;

        var refund = edited.Refund.ShouldNotBeNull();
        order.Refunds.ShouldHaveSingleItem().ShouldBeSameAs(refund);
        refund.Amount.ShouldBe(paid - order.Total);
        refund.Amount.ShouldBe(-edited.Edit.Difference.Total);
        (refund.Lines.Count, refund.Shipping, refund.Adjustment).ShouldBe((0, 0L, refund.Amount));
        refund.Status.ShouldBe(RefundStatus.Pending);
        refund.Reason.ShouldBe("Customer called");
        refund.Id.ShouldBe($"rf_{order.Id}_1");
        edited.Edit.RefundId.ShouldBe(refund.Id);
        order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
        order.AmountPaid.ShouldBe(paid);
        order.RefundableTotal.ShouldBe(order.Total);

        var requested = order.ShouldHaveRaisedOne<RefundRequested>();
        (requested.RefundId, requested.Amount, requested.IdempotencyKey).ShouldBe((refund.Id, refund.Amount, $"refund-{refund.Id}"));
        order.ShouldHaveRaisedOne<RefundCreated>().RefundId.ShouldBe(refund.Id);
        order.ShouldHaveRaisedOne<OrderEdited>();
        order.DomainEvents.Count.ShouldBe(3);

        order.ConfirmRefund(refund.Id, "re_1", Later).ShouldSucceed();
        order.PaymentStatus.ShouldBe(PaymentStatus.PartiallyRefunded);
        order.RefundableTotal.ShouldBe(order.Total);
    }

    [Fact]
    public void AnUnpaidOrderEditedDown_GetsNoRefund()
    {
        var order = Builder().Build();

        var edited = order.Edit(Admin, Draft(Set("p1", 1)), Later).Value;

        edited.Refund.ShouldBeNull();
        edited.Edit.RefundId.ShouldBeNull();
        order.Refunds.ShouldBeEmpty();
        order.AmountPaid.ShouldBe(0);
        order.PaymentStatus.ShouldBe(PaymentStatus.RequiresPayment);
        order.ShouldHaveRaisedOnly<OrderEdited>();
    }

    [Fact]
    public void AnUnpaidOrder_IsEditedUp_AndPaidAtItsNewTotal()
    {
        var order = Builder().Build();
        order.Edit(Admin, Draft(Set("p1", 10)), Later).ShouldSucceed();

        order.MarkPaid(Admin, Later).ShouldSucceed();

        order.AmountPaid.ShouldBe(order.Total);
    }

    [Fact]
    public void TheStockMoves_AreExactlyWhatEachLineGainedOrLost()
    {
        var order = Builder().Build();

        var edited = order.Edit(Admin, Draft([Set("p1", 5), Set("p2", 0)], [New("p3", 250, 4)]), Later).Value;

        edited.Stock.ShouldBe([new StockMove("p1", "Product p1", 2), new StockMove("p2", "Product p2", -2), new StockMove("p3", "Product p3", 4)]);
        order.Lines.Select(l => (l.ProductId, l.Quantity)).ShouldBe([("p1", 5), ("p3", 4)]);
    }

    [Fact]
    public void ALineLeftAsItIs_MovesNoStock_AndIsNoChange()
    {
        var order = Builder().Build();

        var edited = order.Edit(Admin, Draft(Set("p1", 3), Set("p2", 1)), Later).Value;

        edited.Stock.ShouldBe([new StockMove("p2", "Product p2", -1)]);
        edited.Edit.Changes.ShouldBe([new EditChange("line-p2", "p2", "Product p2", 2, 1)]);
    }

    [Fact]
    public void APercentageDiscount_AppliesToTheNewSubtotal_AtTheOrdersOwnTaxRate()
    {
        var order = Builder().WithShipping(ShippingMethod.Express).Build();

        order.Edit(Admin, Draft([Set("p1", 7)], [New("p3", 1234, 3)]), Later).ShouldSucceed();

        var subtotal = 7 * 1999 + 2 * 4550 + 3 * 1234L;
        order.Subtotal.ShouldBe(subtotal);
        order.Lines.Sum(l => l.LineTotal).ShouldBe(subtotal);
        (order.DiscountAmount, order.Tax, order.Total).ShouldBe(Expected(subtotal, 10m, null, 21m, 1499));
        (order.DiscountAmount, order.Tax).ShouldBe((2680L, 5064L));
        (order.DiscountPercentOff, order.TaxRatePercent, order.ShippingCost).ShouldBe((10m, 21m, 1499L));
    }

    [Fact]
    public void AFixedAmountDiscount_IsCappedByTheNewSubtotal_AndComesBackWhenItGrows()
    {
        var order = new OrderBuilder().WithLine("p1", 1999, 3).WithDiscount(new DiscountBuilder().AmountOff(5000).Build()).WithTaxRate(8).Build();
        order.DiscountAmount.ShouldBe(5000);

        order.Edit(Admin, Draft(Set("p1", 2)), Later).ShouldSucceed();
        (order.Subtotal, order.DiscountAmount, order.Tax, order.Total).ShouldBe((3998L, 3998L, 0L, 499L));

        order.Edit(Admin, Draft([], [New("p3", 5000, 1)]), Later).ShouldSucceed();
        (order.Subtotal, order.DiscountAmount, order.Tax, order.Total).ShouldBe((8998L, 5000L, 320L, 3998L + 320 + 499));
    }

    [Fact]
    public void AnOrderWithoutADiscount_StaysWithoutOne()
    {
        var order = new OrderBuilder().WithLine("p1", 1999, 3).WithTaxRate(7.5m).Build();

        order.Edit(Admin, Draft([Set("p1", 1)], [New("p3", 333, 3)]), Later).ShouldSucceed();

        (order.DiscountAmount, order.Tax, order.Total).ShouldBe(Expected(2998, null, null, 7.5m, 499));
        order.DiscountTerms.ShouldBeNull();
    }

    [Fact]
    public void TheDifference_IsEachFigureNewMinusOld_AndShippingIsUnchanged()
    {
        var order = Builder().Paid().Build();
        var before = (order.Subtotal, order.DiscountAmount, order.Tax, order.ShippingCost, order.Total);

        var difference = order.Edit(Admin, Draft(Set("p2", 1)), Later).Value.Edit.Difference;

        difference.ShouldBe(new EditDifference(order.Subtotal - before.Subtotal, order.DiscountAmount - before.DiscountAmount,
            order.Tax - before.Tax, 0, order.Total - before.Total));
        difference.Subtotal.ShouldBe(-4550);
        order.ShippingCost.ShouldBe(before.ShippingCost);
        (order.Total - order.Subtotal + order.DiscountAmount - order.Tax).ShouldBe(order.ShippingCost);
    }

    // --- The record, the version, the event ---

    [Fact]
    public void AnEdit_BumpsTheVersionOnce_AndRaisesOneOrderEdited()
    {
        var order = Builder().Paid().Build();
        var version = order.Version;

        order.Edit(Admin, Draft(Set("p1", 2)), Later).ShouldSucceed();

        order.Version.ShouldBe(version + 1);
        order.UpdatedAt.ShouldBe(Later);
        var edited = order.ShouldHaveRaisedOne<OrderEdited>();
        edited.ShouldBe(new OrderEdited(order.Id, order.OrderNumber, 1, true, Later));
    }

    [Fact]
    public void EachEdit_IsNumbered_AndCarriesWhetherTheCustomerIsTold()
    {
        var order = Builder().Build();
        order.Edit(Admin, Draft(Set("p1", 2)), Later).ShouldSucceed();
        order.ClearDomainEvents();

        order.Edit(Admin, Draft([Set("p1", 1)], [], "Out of stock", notify: false), Later.AddHours(1)).ShouldSucceed();

        var edited = order.ShouldHaveRaisedOnly<OrderEdited>();
        (edited.EditNumber, edited.NotifyCustomer, edited.OccurredAt).ShouldBe((2, false, Later.AddHours(1)));
        order.Edits.Count.ShouldBe(2);
        order.Version.ShouldBe(3);
    }

    [Fact]
    public void TheEdit_IsKept_WithWhoWhenWhyItsChangesAndDifference()
    {
        var order = Builder().Build();
        var before = order.Total;

        var edit = order.Edit(Admin, Draft([Set("p1", 5), Set("p2", 0)], [New("p3", 250, 4)], "  Customer called  "), Later).Value.Edit;

        order.Edits.ShouldHaveSingleItem().ShouldBeSameAs(edit);
        (edit.By, edit.Reason, edit.At, edit.RefundId).ShouldBe(("admin-1", "Customer called", Later, (string?)null));
        edit.Changes.ShouldBe([
            new EditChange("line-p1", "p1", "Product p1", 3, 5),
            new EditChange("line-p2", "p2", "Product p2", 2, 0),
            new EditChange("line-p3", "p3", "Product p3", 0, 4),
        ]);
        edit.Difference.Total.ShouldBe(order.Total - before);
    }

    [Fact]
    public void TheSearchText_FollowsTheLines()
    {
        var order = Builder().Build();

        order.Edit(Admin, Draft([Set("p2", 0)], [New("p3", 250, 1) with { ProductName = "Blue KETTLE" }]), Later).ShouldSucceed();

        order.SearchText.ShouldBe($"{order.OrderNumber.ToLowerInvariant()} product p1 blue kettle");
    }

    // --- After an edit down of a paid order ---

    [Fact]
    public void AfterAnEditDown_CancelingRefundsExactlyWhatIsLeft()
    {
        var order = Builder().Paid().Build();
        var paid = order.AmountPaid;
        order.Edit(Admin, Draft([Set("p1", 1)], [New("p3", 333, 2)]), Later).ShouldSucceed();
        var left = order.RefundableTotal;
        left.ShouldBe(order.Total);
        var paidTotals = order.PaidTotals();

        order.Cancel(Admin, "Changed my mind", Later).ShouldSucceed();

        var refund = order.Refunds[^1];
        refund.Amount.ShouldBe(left);
        refund.Lines.Select(l => l.Amount).ShouldBe(paidTotals);
        (refund.Shipping, refund.Adjustment).ShouldBe((order.ShippingCost, 0L));
        order.RefundableTotal.ShouldBe(0);
        order.Refunds.Sum(r => r.Amount).ShouldBe(paid);
    }

    [Fact]
    public void AfterAnEditDown_RefundingEveryUnitInSteps_GivesBackEachLinesNewPaidTotal()
    {
        var order = Builder().Paid().Build();
        order.Edit(Admin, Draft([Set("p1", 2), Set("p2", 1)], [New("p3", 333, 3)]), Later).ShouldSucceed();
        var paidTotals = order.PaidTotals();
        paidTotals.Sum().ShouldBe(order.Total - order.ShippingCost);

        for (var i = 0; i < order.Lines.Count; i++)
        {
            var line = order.Lines[i];
            var given = 0L;
            while (line.Refundable > 0)
                given += order.CreateRefund(Admin, new RefundDraft([new(line.Id, 1)], null, 0, 0, null), Later).Value.Amount;
            given.ShouldBe(paidTotals[i], line.Id);
        }

        order.CreateRefund(Admin, new RefundDraft(null, null, order.ShippingCost, 0, null), Later).ShouldSucceed();
        order.RefundableTotal.ShouldBe(0);
        order.Refunds.Sum(r => r.Amount).ShouldBe(order.AmountPaid);
    }

    [Fact]
    public void AnEditDownTwice_RefundsEachDifference_AndTheRefundsAddUpToWhatCameOff()
    {
        var order = Builder().Paid().Build();
        var paid = order.Total;

        order.Edit(Admin, Draft(Set("p1", 2)), Later).ShouldSucceed();
        order.Edit(Admin, Draft(Set("p2", 1)), Later).ShouldSucceed();

        order.Refunds.Count.ShouldBe(2);
        order.Refunds.Sum(r => r.Amount).ShouldBe(paid - order.Total);
        order.Edits.Select(e => e.RefundId).ShouldBe(order.Refunds.Select(r => (string?)r.Id));
        order.RefundableTotal.ShouldBe(order.Total);
    }

    [Fact]
    public void AnEditDownPastWhatIsStillRefundable_IsRefused()
    {
        var order = Builder().Paid().Build();
        order.CreateRefund(Admin, new RefundDraft(null, null, 0, order.Total - 100, "goodwill"), Later).ShouldSucceed();

        ShouldRefuse(order, Draft(Set("p2", 0)), "refund.exceeds_refundable", ResultStatus.Conflict);
    }
}
