using Mapster;
using Orders.Application.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Orders;

namespace Orders.IntegrationTests.Api.Platform;

public class ContractMappingsTests
{
    [Fact]
    public void Config_CompilesEveryContractMap()
    {
        Should.NotThrow(() => ContractMappings.Config.Compile());
    }

    [Fact]
    public void ToResponse_TurnsMinorUnitsIntoMajorUnitsWithTwoDecimals()
    {
        var dto = new OrderDto { Subtotal = 1359_97, DiscountAmount = 136_00, Tax = 97_92, Total = 1321_89, Items = [new OrderLineDto { UnitPrice = 29_99, Quantity = 2, LineTotal = 59_98 }] };

        var response = dto.ToResponse<OrderResponse>();

        (response.Subtotal, response.DiscountAmount, response.Tax, response.ShippingCost, response.Total).ShouldBe((1359.97m, 136.00m, 97.92m, 0m, 1321.89m));
        response.Items.Single().ShouldBe(new OrderLineResponse("", "", "", null, 29.99m, 2, 59.98m));
    }
}
