using Ardalis.Result;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderStatusMachineTests
{
    private const string Note = "Checked by the warehouse.";
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddHours(3);

    // The status table of API.md, written out again here so the test checks OrderTransitions instead of echoing it.
    private static readonly Dictionary<OrderStatus, OrderStatus[]> ApiTable = new()
    {
        [OrderStatus.Pending] = [OrderStatus.Paid, OrderStatus.Canceled, OrderStatus.Rejected],
        [OrderStatus.Paid] = [OrderStatus.InPreparation, OrderStatus.Canceled, OrderStatus.Rejected],
        [OrderStatus.InPreparation] = [OrderStatus.Ready, OrderStatus.Canceled, OrderStatus.Rejected],
        [OrderStatus.Ready] = [OrderStatus.Shipped, OrderStatus.Delivered],
        [OrderStatus.Shipped] = [OrderStatus.Delivered],
        [OrderStatus.Delivered] = [],
        [OrderStatus.Canceled] = [],
        [OrderStatus.Rejected] = [],
    };

    public static TheoryData<OrderStatus, OrderStatus> EveryPair()
    {
        var pairs = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var from in Enum.GetValues<OrderStatus>())
            foreach (var to in Enum.GetValues<OrderStatus>())
                pairs.Add(from, to);
        return pairs;
    }

    [Fact]
    public void ApiTable_CoversEveryStatus()
    {
        ApiTable.Keys.ShouldBe(Enum.GetValues<OrderStatus>(), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void StatusVerb_WhenMovingFromEachStatusToEachStatus_FollowsTheApiTable(OrderStatus from, OrderStatus to)
    {
        var allowed = ApiTable[from].Contains(to);
        OrderTransitions.IsAllowed(from, to).ShouldBe(allowed);

        // No verb leads back to pending: that column is forbidden by the table alone, checked just above.
        if (to == OrderStatus.Pending) return;

        // A pickup order where from = ready, so the pickup-only rule of ready → delivered does not interfere.
        var order = new OrderBuilder().WithShipping(from == OrderStatus.Ready ? ShippingMethod.Pickup : ShippingMethod.Standard)
            .In(from).Build();
        order.Status.ShouldBe(from);
        var before = OrderSnapshot.Of(order);

        var (result, note) = Attempt(order, to);

        if (allowed)
        {
            result.ShouldSucceed();
            order.Status.ShouldBe(to);
            order.History.Count.ShouldBe(before.HistoryCount + 1);
            order.History[^1].ShouldBe(new StatusChange(from, to, Later, OrderBuilder.Admin.Id, note));
            // Shipping and delivering also raise shipment events, ending a paid order a refund's.
            order.ShouldHaveRaisedOne<OrderStatusChanged>()
                .ShouldBe(new OrderStatusChanged(order.Id, order.OrderNumber, from, to, OrderBuilder.Admin.Id, note, Later));
            order.Version.ShouldBe(before.Version + 1);
            order.UpdatedAt.ShouldBe(Later);
        }
        else
        {
            var error = result.ShouldFailWith("order.invalid_transition", ResultStatus.Conflict);
            AllowedNextStatesIn(error.Message).ShouldBe(ApiTable[from].Select(s => s.ToSnakeCase()), ignoreOrder: true);
            OrderSnapshot.Of(order).ShouldBe(before);
            order.ShouldHaveRaisedNothing();
        }
    }

    [Fact]
    public void InvalidTransition_WhenRefused_NamesStatusesInSnakeCase()
    {
        var order = new OrderBuilder().Paid().Build();

        var error = order.MarkReady(OrderBuilder.Admin, null, Later).ShouldFailWith("order.invalid_transition", ResultStatus.Conflict);

        error.Message.ShouldBe("An order that is paid cannot become ready. Allowed next states: in_preparation, canceled, rejected.");
    }

    [Fact]
    public void InvalidTransition_WhenOrderIsFinal_SaysNoStateIsAllowed()
    {
        var order = new OrderBuilder().Canceled().Build();

        var error = order.MarkPaid(OrderBuilder.Admin, Later).ShouldFailWith("order.invalid_transition", ResultStatus.Conflict);

        error.Message.ShouldEndWith("Allowed next states: none.");
    }

    private static (Result Result, string? Note) Attempt(Order order, OrderStatus to) => to switch
    {
        OrderStatus.Paid => (order.MarkPaid(OrderBuilder.Admin, Later), null),
        OrderStatus.InPreparation => (order.StartPreparation(OrderBuilder.Admin, Note, Later), Note),
        OrderStatus.Ready => (order.MarkReady(OrderBuilder.Admin, Note, Later), Note),
        OrderStatus.Shipped => (order.Ship(OrderBuilder.Admin, "1Z999AA10123456784", "UPS", new DateOnly(2026, 3, 9), Note, Later), Note),
        OrderStatus.Delivered => (order.MarkDelivered(OrderBuilder.Admin, Note, Later), Note),
        OrderStatus.Canceled => (order.Cancel(OrderBuilder.Admin, Note, Later), Note),
        OrderStatus.Rejected => (order.Reject(OrderBuilder.Admin, Note, Later), Note),
        _ => throw new ArgumentOutOfRangeException(nameof(to), to, "No verb leads to this status."),
    };

    private static string[] AllowedNextStatesIn(string message)
    {
        const string Marker = "Allowed next states: ";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, message);
        var list = message[(start + Marker.Length)..].TrimEnd('.');
        return list == "none" ? [] : list.Split(", ");
    }
}
