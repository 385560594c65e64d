namespace Orders.Domain.Common;

/// <summary>Who made a change: a user id, or "payment" for the payment provider.</summary>
public sealed record Actor(string Id, bool IsAdmin)
{
    public static readonly Actor PaymentProvider = new("payment", true);
}
