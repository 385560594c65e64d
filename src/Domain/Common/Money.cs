using System.Globalization;

namespace Orders.Domain.Common;

/// <summary>An amount in integer minor units (cents) of an ISO 4217 currency.</summary>
public readonly record struct Money
{
    /// <summary>The largest amount accepted from outside (ten billion in major units): any order of at most 100 lines of
    /// 1000 units each stays far from overflowing a long.</summary>
    public const long MaxMinor = 1_000_000_000_000;

    public Money(long minor, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        Minor = minor;
        Currency = currency;
    }

    public long Minor { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0, currency);

    public static Money operator +(Money a, Money b) => new(checked(a.Minor + b.Minor), SameCurrency(a, b));

    public static Money operator -(Money a, Money b) => new(checked(a.Minor - b.Minor), SameCurrency(a, b));

    /// <summary>A percentage of this amount, rounded half away from zero to the minor unit.</summary>
    public Money Percent(decimal percent) =>
        new((long)Math.Round(Minor * percent / 100m, MidpointRounding.AwayFromZero), Currency);

    public Money Min(Money other) => new(Math.Min(Minor, other.Minor), SameCurrency(this, other));

    /// <summary>The decimal amount in major units, as shown in the API (1299.99).</summary>
    public decimal ToMajor() => Major(Minor);

    /// <summary>Minor units of a two-decimal currency in major units.</summary>
    public static decimal Major(long minor) => minor * 0.01m;

    /// <summary>Converts a major-unit amount with at most two decimals; null when it has more or is negative.</summary>
    public static Money? FromMajor(decimal amount, string currency)
    {
        if (amount < 0 || amount > MaxMinor / 100m) return null;
        var minor = amount * 100m;
        return minor == decimal.Truncate(minor) ? new Money((long)minor, currency) : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ToMajor():0.00} {Currency}");

    private static string SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency ? a.Currency : throw new InvalidOperationException($"Cannot mix {a.Currency} and {b.Currency}.");
}
