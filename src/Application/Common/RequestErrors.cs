using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>Failures of a request's generic parts, whatever the feature: paging, date filters, amounts, enum values, the
/// If-Match header and the <c>Orders-Signature</c> header.</summary>
public static class RequestErrors
{
    public static Result InvalidPaging(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("request.invalid_paging", "Paging parameters are out of range.", errors);

    public static Result InvalidDates(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("request.invalid_dates", "The date filter is not valid; see errors.", errors);

    public static Result InvalidAmount(string field) => Failure.Field(field, "Must be a non-negative amount with at most 2 decimals.");

    public static Result NotOneOf(string field, string allowed) => Failure.Field(field, $"Must be one of: {allowed}.");

    public static Result MalformedIfMatch => Failure.Field("If-Match", "Must be the order's ETag, like \"3\".");

    public const string IfMatchRequiredCode = "request.if_match_required";

    /// <summary>A write that must name the version it was made against (HTTP 428).</summary>
    public static Result IfMatchRequired => Failure.Conflict(IfMatchRequiredCode,
        "This write needs If-Match with the order's ETag (like \"3\"): read the order, then send its ETag back.");

    public static Result SignatureMissing => SignatureInvalid("The Orders-Signature header is missing.");

    public static Result SignatureMalformed =>
        SignatureInvalid("The Orders-Signature header must look like t=<unix seconds>,v1=<hex signature>.");

    public static Result SignatureStale =>
        SignatureInvalid("The signature timestamp is more than 5 minutes away from now; send the event again with a fresh signature.");

    public static Result SignatureMismatch => SignatureInvalid("The signature does not match the body; check the webhook secret.");

    private static Result SignatureInvalid(string message) => Failure.Invalid("signature.invalid", message,
        new Dictionary<string, string[]> { [WebhookSignature.HeaderName] = [message] });
}
