using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Counts redemptions per code at the unit of work's save; every redemption succeeds.</summary>
public sealed class FakeDiscountRedemptions(FakeUnitOfWork uow) : IDiscountRedemptions
{
    private readonly Dictionary<string, int> _redeemed = [];

    public int RedeemedCount(string code) => _redeemed.GetValueOrDefault(code);

    public void Redeem(string code) => uow.OnSave(() => Add(code, 1), () => Add(code, -1));

    public void Release(string code) => uow.OnSave(() => Add(code, -1), () => Add(code, 1));

    private Result Add(string code, int uses)
    {
        _redeemed[code] = RedeemedCount(code) + uses;
        return Result.Success();
    }
}
