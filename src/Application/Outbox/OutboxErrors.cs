using Orders.Domain.Common;

namespace Orders.Application.Outbox;

public static class OutboxErrors
{
    public static Result NotFound(string id) => Failure.NotFound("outbox.not_found", $"Outbox message {id} not found.");

    /// <summary><paramref name="status"/> as the API spells it (pending, sent).</summary>
    public static Result NotDead(string id, string status) =>
        Failure.Conflict("outbox.not_dead", $"Outbox message {id} is {status}; only dead messages are retried.");

    public static Result UnknownStatus => Failure.Field("status", "Must be pending, sent or dead.");
}
