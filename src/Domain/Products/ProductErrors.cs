using System.Globalization;
using Orders.Domain.Common;

namespace Orders.Domain.Products;

public static class ProductErrors
{
    public static Result NotFound(string id) => Failure.NotFound("product.not_found", $"Product {id} not found.");

    public static Result InsufficientStock(string name, int available) =>
        Failure.Conflict("product.insufficient_stock", $"Insufficient stock for {name}. Available: {available}");

    public static Result PriceMismatch(string name, decimal sent, decimal current) => Failure.Conflict("product.price_changed",
        string.Create(CultureInfo.InvariantCulture, $"The price of {name} is {current:0.00}, not {sent:0.00}; refresh the cart and try again."));

    public static Result SearchTooLong => Failure.Field("q", $"Must be at most {Product.MaxNameLength} characters.");

    public static Result Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("product.invalid", "The product is not valid; see errors.", errors);

    public static Result PriceRequired => Failure.Field("price", "Is required.");
}
