namespace Orders.WebApi.Contracts.Orders;

public sealed record ShippingAddressRequest(string? FullName, string? Street, string? City, string? PostalCode, string? Country, string? Phone);
