using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public sealed record ShippingAddress
{
    public const int MaxFieldLength = 200;

    private ShippingAddress(string fullName, string street, string city, string postalCode, string country, string? phone)
    {
        FullName = fullName;
        Street = street;
        City = city;
        PostalCode = postalCode;
        Country = country;
        Phone = phone;
    }

    public string FullName { get; private init; }

    public string Street { get; private init; }

    public string City { get; private init; }

    public string PostalCode { get; private init; }

    public string Country { get; private init; }

    public string? Phone { get; private init; }

    public static Result<ShippingAddress> Create(string? fullName, string? street, string? city, string? postalCode, string? country, string? phone)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "shippingAddress.fullName", fullName);
        Require(errors, "shippingAddress.street", street);
        Require(errors, "shippingAddress.city", city);
        Require(errors, "shippingAddress.postalCode", postalCode);
        Require(errors, "shippingAddress.country", country);
        if (phone?.Length > 40) errors["shippingAddress.phone"] = ["Must be at most 40 characters."];
        if (errors.Count > 0) return Failure.Invalid("order.invalid_address", "The shipping address is incomplete or too long.", errors);
        return new ShippingAddress(fullName!.Trim(), street!.Trim(), city!.Trim(), postalCode!.Trim(), country!.Trim(),
            string.IsNullOrWhiteSpace(phone) ? null : phone.Trim());
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Is required."];
        else if (value.Length > MaxFieldLength) errors[field] = [$"Must be at most {MaxFieldLength} characters."];
    }
}
