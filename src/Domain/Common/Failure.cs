using Ardalis.Result;

namespace Orders.Domain.Common;

/// <summary>Builds this service's failed Ardalis <see cref="Result"/>s, each with a stable dotted code beside its
/// sentence (see <see cref="FailureExtensions"/> for reading them back): a non-validation failure carries
/// <c>Errors = [code, detail]</c>; a validation failure carries the code as every <see cref="ValidationError.ErrorCode"/>,
/// fields as identifiers, and the sentence for the whole request as an error without an identifier.</summary>
public static class Failure
{
    public const string InvalidRequest = "request.invalid";

    public static Result NotFound(string code, string detail) => Result.NotFound(code, detail);

    public static Result Conflict(string code, string detail) => Result.Conflict(code, detail);

    public static Result Forbidden(string code, string detail) => Result.Forbidden(code, detail);

    /// <summary>Understood but refused as it stands (HTTP 422): Ardalis' <see cref="ResultStatus.Error"/>.</summary>
    public static Result Unprocessable(string code, string detail) => Result.Error(new ErrorList([code, detail]));

    /// <summary>Something the service depends on is out of reach for now; the same request may be retried (HTTP 503).</summary>
    public static Result Unavailable(string code, string detail) => Result.Unavailable(code, detail);

    /// <summary>Another service refused in a way a retry cannot fix; its code picks the HTTP status (502 for a provider).</summary>
    public static Result Upstream(string code, string detail) => Result.CriticalError(code, detail);

    /// <summary>One field is wrong; the message is also the detail.</summary>
    public static Result Field(string field, string message) =>
        Result.Invalid(new ValidationError(field, message, InvalidRequest, ValidationSeverity.Error));

    /// <summary>The request as a whole is wrong, with the fields to fix (none when no one field is to blame).</summary>
    public static Result Invalid(string code, string detail, IReadOnlyDictionary<string, string[]>? fields = null)
    {
        List<ValidationError> errors = [new(string.Empty, detail, code, ValidationSeverity.Error)];
        foreach (var (field, messages) in fields ?? new Dictionary<string, string[]>())
            errors.AddRange(messages.Select(m => new ValidationError(field, m, code, ValidationSeverity.Error)));
        return Result.Invalid(errors);
    }
}
