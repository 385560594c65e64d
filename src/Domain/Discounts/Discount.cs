using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Domain.Common;

namespace Orders.Domain.Discounts;

/// <summary>A discount code: a percentage or a fixed amount off the subtotal, usable inside its validity window
/// while active and until <see cref="MaxRedemptions"/> orders have used it.</summary>
public sealed partial class Discount : AggregateRoot
{
    private Discount()
    {
        Code = null!;
    }

    /// <summary>Upper case; codes are matched without regard to case.</summary>
    public string Code { get; private set; }

    public decimal? PercentOff { get; private set; }

    /// <summary>In minor units of the shop currency.</summary>
    public long? AmountOff { get; private set; }

    public DateTimeOffset? ValidFrom { get; private set; }

    public DateTimeOffset? ValidTo { get; private set; }

    public int? MaxRedemptions { get; private set; }

    /// <summary>Orders that used the code and were not canceled or rejected. Counted atomically by the database.</summary>
    public int Redemptions { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    public static Result<Discount> Create(
        string? code, decimal? percentOff, long? amountOff, DateTimeOffset? validFrom, DateTimeOffset? validTo,
        int? maxRedemptions, bool active, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(code) || !CodePattern().IsMatch(code.Trim()))
            errors["code"] = ["Must be 3 to 40 letters, digits, '-' or '_'."];
        var discount = new Discount { Code = code is null ? "" : Normalize(code), Redemptions = 0, CreatedAt = now };
        discount.Set(percentOff, amountOff, validFrom, validTo, maxRedemptions, active, now, errors);
        return errors.Count > 0 ? DiscountErrors.Invalid(errors) : discount;
    }

    public Result Update(decimal? percentOff, long? amountOff, DateTimeOffset? validFrom, DateTimeOffset? validTo,
        int? maxRedemptions, bool active, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        Set(percentOff, amountOff, validFrom, validTo, maxRedemptions, active, now, errors);
        return errors.Count > 0 ? DiscountErrors.Invalid(errors) : Result.Success();
    }

    public Result CheckUsable(DateTimeOffset now)
    {
        if (!Active) return Unusable("is not active");
        if (ValidFrom > now) return Unusable($"is valid from {Iso(ValidFrom.Value)}");
        if (ValidTo < now) return Unusable($"expired at {Iso(ValidTo.Value)}");
        if (Redemptions >= MaxRedemptions) return DiscountErrors.UsedUp(Code);
        return Result.Success();
    }

    /// <summary>What the code takes off, as an order placed with it keeps it.</summary>
    public DiscountTerms Terms => new(PercentOff, AmountOff);

    private Result Unusable(string why) => DiscountErrors.Unusable(Code, why);

    private static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void Set(decimal? percentOff, long? amountOff, DateTimeOffset? validFrom, DateTimeOffset? validTo,
        int? maxRedemptions, bool active, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (percentOff.HasValue == amountOff.HasValue)
            errors["percentOff"] = ["Give either percentOff or amountOff."];
        if (percentOff is <= 0 or > 100) errors["percentOff"] = ["Must be more than 0 and at most 100."];
        if (percentOff.HasValue && decimal.Round(percentOff.Value, 2) != percentOff) errors["percentOff"] = ["At most 2 decimals."];
        if (amountOff is <= 0) errors["amountOff"] = ["Must be more than 0."];
        if (validFrom.HasValue && validTo.HasValue && validTo <= validFrom) errors["validTo"] = ["Must be after validFrom."];
        if (maxRedemptions is < 1) errors["maxRedemptions"] = ["Must be at least 1."];
        if (errors.Count > 0) return;

        PercentOff = percentOff;
        AmountOff = amountOff;
        ValidFrom = validFrom;
        ValidTo = validTo;
        MaxRedemptions = maxRedemptions;
        Active = active;
        UpdatedAt = now;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{3,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
