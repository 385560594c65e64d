namespace Orders.Application.Orders;

public sealed record ShippingAddressDto(string FullName, string Street, string City, string PostalCode, string Country, string? Phone);
