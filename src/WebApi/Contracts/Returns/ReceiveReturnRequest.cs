namespace Orders.WebApi.Contracts.Returns;

public sealed record ReceiveReturnRequest(IReadOnlyList<ReceiveReturnLineRequest?>? Lines);
