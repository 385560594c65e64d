namespace Orders.WebApi.Contracts.Orders;

public sealed record CancelOrderRequest(string? Reason);
