namespace Orders.Application.Common;

public interface ICurrentUser
{
    /// <summary>The authenticated caller. Only resolved by use cases whose routes require a user.</summary>
    UserContext User { get; }
}
