namespace Orders.Application.Common;

/// <summary>Counts discount redemptions with single conditional updates made inside the next
/// <see cref="IUnitOfWork.SaveChangesAsync"/>, so a code is never used past its maximum.</summary>
public interface IDiscountRedemptions
{
    /// <summary>Counts one use at the save; the save fails with <c>discount.unusable</c> when the code is used up.</summary>
    void Redeem(string code);

    /// <summary>Gives one use back at the save.</summary>
    void Release(string code);
}
