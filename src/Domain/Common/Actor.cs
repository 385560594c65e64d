namespace Orders.Domain.Common;

/// <summary>Who made a change: a user id, or "system" / "payment" for the service itself.</summary>
public sealed record Actor(string Id, bool IsAdmin)
{
    public static readonly Actor System = new("system", true);

    public static readonly Actor PaymentProvider = new("payment", true);
}
