namespace Orders.Application.Common;

/// <summary>One page of a list and how many items match in all.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int Limit, int Total);
