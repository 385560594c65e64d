using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;

namespace Orders.UnitTests.Domain.Orders;

public class ShippingAddressTests
{
    [Fact]
    public void Create_WhenPickupWithOnlyAName_Succeeds()
    {
        var address = ShippingAddress.Create(" Ana Pérez ", null, " ", null, null, null, ShippingMethod.Pickup);

        address.ShouldSucceed();
        (address.Value.FullName, address.Value.Street, address.Value.City, address.Value.Country).ShouldBe(("Ana Pérez", null, null, null));
    }

    [Fact]
    public void Create_WhenPickupWithAFullAddress_KeepsIt()
    {
        ShippingAddress.Create("Ana", "Calle Mayor 1", "Madrid", "28013", "ES", null, ShippingMethod.Pickup).Value.City.ShouldBe("Madrid");
    }

    [Fact]
    public void Create_WhenPickupWithoutAName_ReturnsInvalid()
    {
        ShippingAddress.Create(" ", null, null, null, null, null, ShippingMethod.Pickup).ShouldBeInvalidFor("shippingAddress.fullName");
    }

    [Theory]
    [InlineData(ShippingMethod.Standard)]
    [InlineData(ShippingMethod.Express)]
    [InlineData(ShippingMethod.Overnight)]
    public void Create_WhenShippedWithOnlyAName_NamesEveryMissingField(ShippingMethod method)
    {
        var seen = ShippingAddress.Create("Ana", null, null, null, null, null, method).ShouldFailWith("order.invalid_address", Ardalis.Result.ResultStatus.Invalid);

        seen.Fields.Keys.ShouldBe(["shippingAddress.street", "shippingAddress.city", "shippingAddress.postalCode", "shippingAddress.country"], ignoreOrder: true);
    }
}
