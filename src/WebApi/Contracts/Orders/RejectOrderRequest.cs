namespace Orders.WebApi.Contracts.Orders;

public sealed record RejectOrderRequest(string? Note);
