using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record ReturnDto
{
    public string Id { get; init; } = "";
    public ReturnStatus Status { get; init; }
    public IReadOnlyList<ReturnLineDto> Lines { get; init; } = [];
    public string? Reason { get; init; }
    public string? Note { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
