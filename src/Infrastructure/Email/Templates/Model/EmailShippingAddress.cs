namespace Orders.Infrastructure.Email.Templates.Model;

public sealed record EmailShippingAddress(string FullName, string? Street, string? City, string? PostalCode, string? Country, string? Phone);
