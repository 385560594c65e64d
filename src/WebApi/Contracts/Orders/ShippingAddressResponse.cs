namespace Orders.WebApi.Contracts.Orders;

public sealed record ShippingAddressResponse(string FullName, string? Street, string? City, string? PostalCode, string? Country, string? Phone);
