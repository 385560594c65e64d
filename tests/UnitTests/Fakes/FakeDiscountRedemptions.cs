using Orders.Application.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Counts redemptions per code; every redemption succeeds.</summary>
public sealed class FakeDiscountRedemptions : IDiscountRedemptions
{
    private readonly Dictionary<string, int> _redeemed = [];

    public int RedeemedCount(string code) => _redeemed.GetValueOrDefault(code);

    public Task<bool> TryRedeemAsync(string code, CancellationToken ct)
    {
        _redeemed[code] = RedeemedCount(code) + 1;
        return Task.FromResult(true);
    }

    public Task ReleaseAsync(string code, CancellationToken ct)
    {
        _redeemed[code] = RedeemedCount(code) - 1;
        return Task.CompletedTask;
    }
}
