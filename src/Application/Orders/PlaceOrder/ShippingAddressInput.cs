using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

public sealed record ShippingAddressInput(string? FullName, string? Street, string? City, string? PostalCode, string? Country, string? Phone)
{
    public Result<ShippingAddress> ToAddress(ShippingMethod method) => ShippingAddress.Create(FullName, Street, City, PostalCode, Country, Phone, method);
}
