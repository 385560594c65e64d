using Mapster;
using Orders.UnitTests.Fakes;
using System.Globalization;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Domain.Orders;

namespace Orders.UnitTests.Application.Orders;

public class OrderDtoTests
{
    [Fact]
    public void Adapt_WhenApiExample_ShowsMajorUnitsWithTwoDecimals()
    {
        var dto = OrderTotalsTests.ApiExample().Adapt<OrderDto>(TestMappings.Config);

        Text(dto.Subtotal).ShouldBe("1359.97");
        Text(dto.DiscountAmount).ShouldBe("136.00");
        Text(dto.Tax).ShouldBe("97.92");
        Text(dto.ShippingCost).ShouldBe("0.00");
        Text(dto.Total).ShouldBe("1321.89");
        dto.Currency.ShouldBe("USD");
        dto.DiscountCode.ShouldBe("SPRING10");
        dto.Items.Select(i => (Text(i.UnitPrice), i.Quantity, Text(i.LineTotal))).ShouldBe([("1299.99", 1, "1299.99"), ("29.99", 2, "59.98")]);
    }

    [Fact]
    public void Adapt_CopiesHistoryPaymentAndVersion()
    {
        var order = new OrderBuilder().Paid().Build();

        var dto = order.Adapt<OrderDto>(TestMappings.Config);

        dto.StatusHistory.Select(h => (h.From, h.To, h.By)).ShouldBe([((OrderStatus?)null, OrderStatus.Pending, OrderBuilder.OwnerId),
            (OrderStatus.Pending, OrderStatus.Paid, OrderBuilder.Admin.Id)]);
        dto.Payment.ShouldBe(new PaymentDto { Method = PaymentMethod.Card, Status = PaymentStatus.Succeeded, PaidAt = OrderBuilder.PlacedAt });
        dto.Version.ShouldBe(2);
        dto.ShippingAddress.City.ShouldBe("Madrid");
    }

    private static string Text(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}
