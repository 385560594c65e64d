using Orders.Domain.Common;
using System.Reflection;
using Orders.Domain.Discounts;

namespace Orders.UnitTests.Builders;

/// <summary>Discount codes through <see cref="Discount.Create"/>: 10% off, active, no window, no limit unless told.</summary>
public sealed class DiscountBuilder
{
    private string _code = "SPRING10";
    private decimal? _percentOff = 10m;
    private long? _amountOff;
    private DateTimeOffset? _validFrom;
    private DateTimeOffset? _validTo;
    private int? _maxRedemptions;
    private bool _active = true;
    private int _redemptions;

    public DiscountBuilder WithCode(string code)
    {
        _code = code;
        return this;
    }

    public DiscountBuilder PercentOff(decimal percent)
    {
        (_percentOff, _amountOff) = (percent, null);
        return this;
    }

    public DiscountBuilder AmountOff(long minor)
    {
        (_percentOff, _amountOff) = (null, minor);
        return this;
    }

    public DiscountBuilder ValidBetween(DateTimeOffset? from, DateTimeOffset? to)
    {
        (_validFrom, _validTo) = (from, to);
        return this;
    }

    public DiscountBuilder Inactive()
    {
        _active = false;
        return this;
    }

    /// <summary>A limit, and how many orders already used the code.</summary>
    public DiscountBuilder MaxRedemptions(int max, int alreadyRedeemed = 0)
    {
        (_maxRedemptions, _redemptions) = (max, alreadyRedeemed);
        return this;
    }

    public Discount Build()
    {
        var created = Discount.Create(_code, _percentOff, _amountOff, _validFrom, _validTo, _maxRedemptions, _active, OrderBuilder.PlacedAt.AddDays(-30));
        if (!created.IsSuccess) throw new InvalidOperationException($"The builder could not create the discount: {created.Code()}.");
        var discount = created.Value;

        // The redemption count has no domain verb: the database keeps it with one conditional update
        // (IDiscountRedemptions) and EF loads it. Setting it here stands in for that load.
        if (_redemptions > 0)
            typeof(Discount).GetProperty(nameof(Discount.Redemptions), BindingFlags.Public | BindingFlags.Instance)!.SetValue(discount, _redemptions);
        return discount;
    }
}
