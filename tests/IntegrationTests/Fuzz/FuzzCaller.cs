namespace Orders.IntegrationTests.Fuzz;

/// <summary>Who sends a fuzzed request: no token, a buyer, another buyer, an admin, or a token the API must refuse.</summary>
public enum FuzzCaller
{
    Anonymous,
    User,
    OtherUser,
    Admin,
    BadToken,
}
