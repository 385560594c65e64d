namespace Orders.Application.Common;

public interface ICurrentUser
{
    /// <summary>The authenticated caller. Only resolved by use cases whose routes require a user.</summary>
    UserContext User { get; }

    /// <summary>The caller if the request carries a valid token, on routes open to anyone.</summary>
    UserContext? Find();
}
