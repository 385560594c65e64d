using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Discounts;
using Orders.Domain.Orders;
using Orders.Domain.Products;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>Prices a cart from the catalog (plain reads): every product must be active, and a price the client sent
/// must be today's; a discount code must exist and be usable now.</summary>
public sealed class CartPricing(IProductRepository products, IDiscountRepository discounts, IIdGenerator ids, ShopOptions shop)
{
    public async Task<Result<PricedCart>> PriceAsync(IReadOnlyList<PlaceOrderItem> items, string? discountCode, DateTimeOffset now, CancellationToken ct)
    {
        var catalog = (await products.FindManyAsync([.. items.Select(i => i.ProductId!).Distinct()], ct)).ToDictionary(p => p.Id);
        var lines = new List<OrderLineDraft>(items.Count);
        foreach (var item in items)
        {
            if (!catalog.TryGetValue(item.ProductId!, out var product) || !product.Active) return ProductErrors.NotFound(item.ProductId!);
            var current = new Money(product.Price, shop.Currency);
            if (item.Price is { } sent && Money.FromMajor(sent, shop.Currency) != current)
                return ProductErrors.PriceMismatch(product.Name, sent, current.ToMajor());
            lines.Add(new OrderLineDraft(ids.NewId(), product.Id, product.Name, product.Images.FirstOrDefault(), product.Price, item.Quantity));
        }

        if (discountCode is null) return new PricedCart(lines, null);
        var discount = await discounts.FindAsync(Discount.Normalize(discountCode), ct);
        if (discount is null) return DiscountErrors.DoesNotExist(Discount.Normalize(discountCode));
        var usable = discount.CheckUsable(now);
        return usable.IsSuccess ? new PricedCart(lines, discount) : usable.Failed();
    }
}
