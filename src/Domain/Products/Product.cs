using Orders.Domain.Common;

namespace Orders.Domain.Products;

/// <summary>A catalog product. Its price is in minor units of the shop currency; its stock never goes below zero
/// (orders reserve it with one conditional update in the database, see the stock-reservation port).</summary>
public sealed class Product : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxImages = 20;
    public const int MaxImageUrlLength = 2000;

    private Product()
    {
        Id = Name = null!;
        Images = [];
    }

    public string Id { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public long Price { get; private set; }

    public int Stock { get; private set; }

    public IReadOnlyList<string> Images { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Result<Product> Create(string id, string? name, string? description, long price, int stock,
        IReadOnlyList<string>? images, bool active, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var product = new Product { Id = id, CreatedAt = now };
        var set = product.Set(name, description, price, stock, images, active, now);
        return !set.IsSuccess ? set.Failed() : product;
    }

    public Result Update(string? name, string? description, long price, int stock, IReadOnlyList<string>? images,
        bool active, DateTimeOffset now) => Set(name, description, price, stock, images, active, now);

    private Result Set(string? name, string? description, long price, int stock, IReadOnlyList<string>? images,
        bool active, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
            errors["name"] = [$"Is required, at most {MaxNameLength} characters."];
        if (description?.Length > MaxDescriptionLength) errors["description"] = [$"Must be at most {MaxDescriptionLength} characters."];
        if (price is < 0 or > Money.MaxMinor) errors["price"] = [$"Must be between 0 and {Money.MaxMinor / 100}."];
        if (stock < 0) errors["stock"] = ["Must not be negative."];
        images ??= [];
        if (images.Count > MaxImages || images.Any(i => !IsImageUrl(i)))
            errors["images"] = [$"At most {MaxImages} absolute http(s) URLs of at most {MaxImageUrlLength} characters."];
        if (errors.Count > 0) return ProductErrors.Invalid(errors);

        Name = name!.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Price = price;
        Stock = stock;
        Images = [.. images];
        Active = active;
        UpdatedAt = now;
        return Result.Success();
    }

    private static bool IsImageUrl(string? url) =>
        url is { Length: > 0 and <= MaxImageUrlLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
