using Orders.Domain.Common;

namespace Orders.Application.Common;

public static class UnitOfWorkErrors
{
    public const string ConflictCode = "concurrency.conflict";

    public const string BusyCode = "database.busy";

    public static Result ConcurrentChange => Failure.Conflict(ConflictCode,
        "Another request changed the same data at the same time; reload it and try again.");

    /// <summary>The write waited or ran past the database's write timeout, or the writer stopped under it: nothing of it
    /// was kept, and the same request may be sent again.</summary>
    public static Result Busy => Failure.Unavailable(BusyCode,
        "The database could not take this change in time; nothing was changed. Try again shortly.");
}
