namespace Orders.WebApi.Contracts;

public sealed record CancelOrderRequest(string? Reason);
