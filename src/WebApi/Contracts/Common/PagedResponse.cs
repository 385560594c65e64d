namespace Orders.WebApi.Contracts.Common;

/// <summary>Every list answer: one page of items, with how many match in all.</summary>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int Limit, int Total);
