namespace Orders.IntegrationTests.Crash;

/// <summary>An order the API answered 201 for during a crash-suite load: what it promised to keep.</summary>
public sealed record AcknowledgedOrder(string Id, string Number, string UserId, Dictionary<string, int> Lines, decimal Total);
