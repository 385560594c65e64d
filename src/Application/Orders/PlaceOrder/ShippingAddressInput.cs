namespace Orders.Application.Orders.PlaceOrder;

public sealed record ShippingAddressInput(string? FullName, string? Street, string? City, string? PostalCode, string? Country, string? Phone);
