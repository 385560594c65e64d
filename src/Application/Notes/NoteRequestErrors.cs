using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;

namespace Orders.Application.Notes;

/// <summary>A note request's parts the order does not judge: the <c>Idempotency-Key</c>.</summary>
public static class NoteRequestErrors
{
    public static Result KeyInvalid => Failure.Field("Idempotency-Key", $"Must be 1 to {IdempotencyRecord.MaxKeyLength} characters.");

    public static Result KeyReused => Failure.Unprocessable(IdempotencyErrors.KeyReusedCode,
        "This Idempotency-Key was already used for another note on this order; use a new key for a new note.");
}
