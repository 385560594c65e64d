using Mapster;
using Orders.UnitTests.Fakes;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Domain.Orders;

namespace Orders.UnitTests.Application.Orders;

public class OrderDtoTests
{
    [Fact]
    public void Adapt_WhenApiExample_CarriesTheMinorUnits()
    {
        var dto = OrderTotalsTests.ApiExample().Adapt<OrderDto>(TestMappings.Config);

        (dto.Subtotal, dto.DiscountAmount, dto.Tax, dto.ShippingCost, dto.Total).ShouldBe((1359_97L, 136_00L, 97_92L, 0L, 1321_89L));
        dto.Currency.ShouldBe("USD");
        dto.DiscountCode.ShouldBe("SPRING10");
        dto.Items.Select(i => (i.UnitPrice, i.Quantity, i.LineTotal)).ShouldBe([(1299_99L, 1, 1299_99L), (29_99L, 2, 59_98L)]);
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
}
