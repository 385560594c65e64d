namespace Orders.WebApi.Contracts.Returns;

public sealed record DeclineReturnRequest(string? Note);
