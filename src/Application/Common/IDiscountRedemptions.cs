namespace Orders.Application.Common;

/// <summary>Counts discount redemptions with single conditional updates, so a code is never used past its maximum.</summary>
public interface IDiscountRedemptions
{
    Task<bool> TryRedeemAsync(string code, CancellationToken ct);

    Task ReleaseAsync(string code, CancellationToken ct);
}
