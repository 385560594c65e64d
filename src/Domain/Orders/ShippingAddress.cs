using Orders.Domain.Common;

namespace Orders.Domain.Orders;

/// <summary>Where the order goes. A pickup order needs only the name of who collects it; every other method a full
/// address.</summary>
public sealed record ShippingAddress
{
    public const int MaxFieldLength = 200;

    private ShippingAddress(string fullName, string? street, string? city, string? postalCode, string? country, string? phone)
    {
        FullName = fullName;
        Street = street;
        City = city;
        PostalCode = postalCode;
        Country = country;
        Phone = phone;
    }

    public string FullName { get; private init; }

    public string? Street { get; private init; }

    public string? City { get; private init; }

    public string? PostalCode { get; private init; }

    public string? Country { get; private init; }

    public string? Phone { get; private init; }

    public static Result<ShippingAddress> Create(
        string? fullName, string? street, string? city, string? postalCode, string? country, string? phone,
        ShippingMethod method = ShippingMethod.Standard)
    {
        var errors = new Dictionary<string, string[]>();
        var required = method != ShippingMethod.Pickup;
        Check(errors, "shippingAddress.fullName", fullName, required: true);
        Check(errors, "shippingAddress.street", street, required);
        Check(errors, "shippingAddress.city", city, required);
        Check(errors, "shippingAddress.postalCode", postalCode, required);
        Check(errors, "shippingAddress.country", country, required);
        if (phone?.Length > 40) errors["shippingAddress.phone"] = ["Must be at most 40 characters."];
        if (errors.Count > 0) return OrderErrors.InvalidAddress(errors);
        return new ShippingAddress(fullName!.Trim(), Clean(street), Clean(city), Clean(postalCode), Clean(country), Clean(phone));
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) errors[field] = ["Is required."];
        }
        else if (value.Length > MaxFieldLength) errors[field] = [$"Must be at most {MaxFieldLength} characters."];
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
