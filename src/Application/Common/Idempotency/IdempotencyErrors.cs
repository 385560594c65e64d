using Orders.Domain.Common;

namespace Orders.Application.Common.Idempotency;

public static class IdempotencyErrors
{
    public const string InProgressCode = "idempotency.in_progress";
    public const string KeyReusedCode = "idempotency.key_reused";

    public static Result InProgress => Failure.Conflict(InProgressCode,
        "A request with this Idempotency-Key is still being processed; retry shortly with the same key to get its answer.");

    public static Result KeyReused => Failure.Unprocessable(KeyReusedCode,
        "This Idempotency-Key was already used with a different request body; use a new key for a new order.");
}
