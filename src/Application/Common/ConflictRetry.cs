using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>Use cases load outside the transaction and save with the order's version as the guard, so two requests on
/// one order at once can both load it, and the second to save loses (<c>concurrency.conflict</c>). A caller for whom
/// the requests are independent (a payment event, a cancel, a download) runs the use case again on fresh data, as if
/// the two had come one after the other; an If-Match the winner made stale then answers its own 409.</summary>
public static class ConflictRetry
{
    public const int MaxRuns = 3;

    public static async Task<Result<T>> RunAsync<T>(Func<Task<Result<T>>> useCase)
    {
        for (var run = 1; ; run++)
        {
            var result = await useCase();
            if (run == MaxRuns || result.IsSuccess || result.Code() != UnitOfWorkErrors.ConflictCode) return result;
        }
    }
}
