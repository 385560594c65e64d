namespace Orders.Application.Orders;

public sealed record ShippingAddressDto
{
    public string FullName { get; init; } = "";
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? PostalCode { get; init; }
    public string? Country { get; init; }
    public string? Phone { get; init; }
}
