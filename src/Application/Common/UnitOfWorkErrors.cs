using Orders.Domain.Common;

namespace Orders.Application.Common;

public static class UnitOfWorkErrors
{
    public const string ConflictCode = "concurrency.conflict";

    public static Result ConcurrentChange => Failure.Conflict(ConflictCode,
        "Another request changed the same data at the same time; reload it and try again.");
}
