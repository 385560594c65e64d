namespace Orders.Domain.Common;

/// <summary>Who made a change: a user id, "payment" for the payment provider, or "system" for the service itself (an
/// unpaid order expiring).</summary>
public sealed record Actor(string Id, bool IsAdmin)
{
    public static readonly Actor PaymentProvider = new("payment", true);

    public static readonly Actor System = new("system", true);
}
