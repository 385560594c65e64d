using System.Globalization;
using Orders.Domain.Common;

namespace Orders.Domain.Products;

public static class ProductErrors
{
    public static Error NotFound(string id) => Error.NotFound("product.not_found", $"Product {id} not found.");

    public static Error InsufficientStock(string name, int available) =>
        Error.Conflict("product.insufficient_stock", $"Insufficient stock for {name}. Available: {available}");

    public static Error PriceMismatch(string name, decimal sent, decimal current) => Error.Conflict("product.price_changed",
        string.Create(CultureInfo.InvariantCulture, $"The price of {name} is {current:0.00}, not {sent:0.00}; refresh the cart and try again."));
}
