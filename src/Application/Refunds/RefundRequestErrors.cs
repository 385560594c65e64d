using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;

namespace Orders.Application.Refunds;

/// <summary>Failures of a refund request's shape, before any order is read.</summary>
public static class RefundRequestErrors
{
    public const string KeyRequiredCode = "idempotency.key_required";

    public static Result KeyRequired => Failure.Invalid(KeyRequiredCode,
        "A refund needs an Idempotency-Key header, so that a retried request can never refund twice.",
        new Dictionary<string, string[]> { ["Idempotency-Key"] = ["Is required on refunds."] });

    public static Result KeyTooLong => Failure.Field("Idempotency-Key", $"Must be 1 to {IdempotencyRecord.MaxKeyLength} characters.");

    public static Result KeyReused => Failure.Unprocessable(IdempotencyErrors.KeyReusedCode,
        "This Idempotency-Key was already used for another refund; use a new key for a new refund.");

    public static Result InvalidRefund(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("refund.invalid", "The refund is not valid; see errors.", errors);
}
