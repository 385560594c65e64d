using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Returns;

/// <summary>A return of API.md ("After the sale" → Returns).</summary>
public sealed record ReturnResponse(
    string Id, ReturnStatus Status, IReadOnlyList<ReturnLineResponse> Lines, string? Reason, string? Note,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
