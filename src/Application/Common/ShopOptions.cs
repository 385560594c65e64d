using Orders.Domain.Orders;

namespace Orders.Application.Common;

/// <summary>The <c>Shop</c> section of configuration.</summary>
public sealed class ShopOptions
{
    public const string Section = "Shop";

    /// <summary>The shop's name, shown in emails and on invoices.</summary>
    public string Name { get; set; } = "Orders Demo Shop";

    /// <summary>Language of customer emails and invoices: <c>en</c> or <c>es</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>ISO 4217 code of the one currency the shop sells in.</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>Tax in percent, applied to the discounted subtotal and rounded once per order.</summary>
    public decimal TaxRatePercent { get; set; } = 8m;

    /// <summary>Shipping cost per method in major units (4.99).</summary>
    public Dictionary<ShippingMethod, decimal> ShippingCosts { get; set; } = new()
    {
        [ShippingMethod.Standard] = 4.99m,
        [ShippingMethod.Express] = 14.99m,
        [ShippingMethod.Overnight] = 29.99m,
        [ShippingMethod.Pickup] = 0m,
    };

    /// <summary>Days from shipping to expected delivery, per method.</summary>
    public Dictionary<ShippingMethod, int> DeliveryDays { get; set; } = new()
    {
        [ShippingMethod.Standard] = 5,
        [ShippingMethod.Express] = 2,
        [ShippingMethod.Overnight] = 1,
        [ShippingMethod.Pickup] = 0,
    };

    /// <summary>IANA or Windows id; dates in filters and order-number months are read in this zone.</summary>
    public string TimeZone { get; set; } = "UTC";

    public OrderPricing ToPricing() => new(
        Currency, TaxRatePercent, ShippingCosts.ToDictionary(c => c.Key, c => (long)decimal.Round(c.Value * 100m)));

    public TimeZoneInfo FindTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>When an order shipped at <paramref name="shippedAt"/> is expected: its method's delivery days after that
    /// day in the shop's time zone.</summary>
    public DateOnly EstimatedDelivery(ShippingMethod method, DateTimeOffset shippedAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(shippedAt, FindTimeZone()).Date).AddDays(DeliveryDays.GetValueOrDefault(method));

    /// <summary>What is wrong with these settings, each naming its key; none when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return $"Shop:TimeZone '{TimeZone}' is not a time zone this machine knows; use an IANA id such as Europe/Madrid.";
        if (Currency is not { Length: 3 } || !Currency.All(char.IsAsciiLetterUpper))
            yield return $"Shop:Currency '{Currency}' must be an ISO 4217 code of three capital letters, like USD.";
        if (TaxRatePercent is < 0 or > 100 || decimal.Round(TaxRatePercent, 2) != TaxRatePercent)
            yield return $"Shop:TaxRatePercent {TaxRatePercent} must be between 0 and 100 with at most 2 decimals.";
        if (Language is not ("en" or "es")) yield return $"Shop:Language '{Language}' must be en or es.";
        foreach (var (method, cost) in ShippingCosts.Where(c => c.Value < 0 || decimal.Round(c.Value, 2) != c.Value))
            yield return $"Shop:ShippingCosts:{method} {cost} must be a non-negative amount with at most 2 decimals.";
        foreach (var (method, days) in DeliveryDays.Where(d => d.Value is < 0 or > 365))
            yield return $"Shop:DeliveryDays:{method} {days} must be between 0 and 365.";
    }
}
