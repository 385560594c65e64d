namespace Orders.Domain.Orders;

/// <summary>The shop's pricing rules, from configuration: one currency, a tax rate in percent applied to the
/// discounted subtotal, and a shipping cost per method in minor units.</summary>
public sealed record OrderPricing(string Currency, decimal TaxRatePercent, IReadOnlyDictionary<ShippingMethod, long> ShippingCosts)
{
    public long ShippingCostFor(ShippingMethod method) => ShippingCosts.GetValueOrDefault(method);
}
