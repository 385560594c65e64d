using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Common;

/// <summary>The caller, as the token says: the user id (<c>sub</c>), whether they are an admin, their email and their
/// display name.</summary>
public sealed record UserContext(string Id, bool IsAdmin, string? Email, string? Name = null)
{
    /// <summary>Longest subject and email stored with an order; a token with a longer subject is refused.</summary>
    public const int MaxIdLength = 200;

    public const int MaxEmailLength = 320;

    public bool CanSee(Order order) => CanSee(order.UserId);

    public bool CanSee(string ownerId) => IsAdmin || ownerId == Id;

    public Actor AsActor() => new(Id, IsAdmin);
}
