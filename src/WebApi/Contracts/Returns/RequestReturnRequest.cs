namespace Orders.WebApi.Contracts.Returns;

public sealed record RequestReturnRequest(IReadOnlyList<ReturnLineRequest?>? Lines, string? Reason);
