using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>An amount as clients send it (major units) checked and turned into minor units of the shop's currency.</summary>
public static class MoneyInput
{
    public static Result<long?> ToMinor(decimal? amount, string currency, string field)
    {
        if (amount is null) return Result<long?>.Success(null);
        return Money.FromMajor(amount.Value, currency) is { } money
            ? Result<long?>.Success(money.Minor)
            : RequestErrors.InvalidAmount(field);
    }
}
