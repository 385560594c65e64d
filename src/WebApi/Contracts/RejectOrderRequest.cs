namespace Orders.WebApi.Contracts;

public sealed record RejectOrderRequest(string? Note);
