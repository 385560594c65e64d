using Orders.Domain.Common;

namespace Orders.Application.Common;

public sealed record PageRequest(int Page, int Limit)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;
    public const int MaxPage = 100_000;

    public int Skip => (Page - 1) * Limit;

    public static Result<PageRequest> Create(int? page, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1 or > MaxPage) errors["page"] = [$"Must be between 1 and {MaxPage}."];
        if (limit is < 1 or > MaxLimit) errors["limit"] = [$"Must be between 1 and {MaxLimit}."];
        if (errors.Count > 0) return RequestErrors.InvalidPaging(errors);
        return new PageRequest(page ?? 1, limit ?? DefaultLimit);
    }
}
