using Orders.Domain.Orders;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>A generated order: its lines (unit price in minor units, quantity), an optional discount (a percentage or a
/// fixed amount), the tax rate, the shipping method and its cost, and how far it is walked after being paid with a payment
/// intent.</summary>
internal sealed record AfterSaleOrder(
    (long UnitPrice, int Quantity)[] Lines, decimal? PercentOff, long? AmountOff, decimal TaxRatePercent,
    ShippingMethod ShippingMethod, long ShippingCost, OrderStatus WalkedTo)
{
    public static string ProductId(int index) => $"p{index + 1}";

    public Order Build()
    {
        var builder = new OrderBuilder().WithTaxRate(TaxRatePercent).WithShipping(ShippingMethod).WithPaymentIntent();
        if (ShippingMethod != ShippingMethod.Pickup) builder.WithShippingCost(ShippingMethod, ShippingCost);
        for (var i = 0; i < Lines.Length; i++) builder.WithLine(ProductId(i), Lines[i].UnitPrice, Lines[i].Quantity);
        if (PercentOff is { } percent) builder.WithDiscount(new DiscountBuilder().PercentOff(percent).Build());
        if (AmountOff is { } amount) builder.WithDiscount(new DiscountBuilder().AmountOff(amount).Build());
        return builder.In(WalkedTo).Build();
    }

    public override string ToString() =>
        $"lines=[{string.Join(", ", Lines.Select(l => $"{l.Quantity}x{l.UnitPrice}"))}] percentOff={PercentOff} amountOff={AmountOff} " +
        $"tax={TaxRatePercent}% {ShippingMethod} shipping={ShippingCost} walkedTo={WalkedTo}";
}
