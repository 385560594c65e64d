using Ardalis.Result;

namespace Orders.Domain.Common;

/// <summary>Reads the code and sentence that <see cref="Failure"/> put on a result, and passes a failure on as a
/// result of another type.</summary>
public static class FailureExtensions
{
    public static string Code(this IResult result) => result.Status == ResultStatus.Invalid
        ? result.ValidationErrors.FirstOrDefault()?.ErrorCode ?? Failure.InvalidRequest
        : result.Errors.FirstOrDefault() ?? result.Status.ToString().ToLowerInvariant();

    public static string Detail(this IResult result) => result.Status == ResultStatus.Invalid
        ? (result.ValidationErrors.FirstOrDefault(e => e.Identifier.Length == 0) ?? result.ValidationErrors.FirstOrDefault())?.ErrorMessage ?? ""
        : result.Errors.Skip(1).FirstOrDefault() ?? "";

    /// <summary>The errors of each field, for a validation failure.</summary>
    public static IReadOnlyDictionary<string, string[]> FieldErrors(this IResult result) => result.ValidationErrors
        .Where(e => e.Identifier.Length > 0)
        .GroupBy(e => e.Identifier)
        .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());

    public static Result Failed(this IResult result)
    {
        if (result.Status == ResultStatus.Ok) throw new InvalidOperationException("A successful result is not a failure.");
        var errors = result.Errors.ToArray();
        return result.Status switch
        {
            ResultStatus.Invalid => Result.Invalid(result.ValidationErrors.ToList()),
            ResultStatus.NotFound => Result.NotFound(errors),
            ResultStatus.Conflict => Result.Conflict(errors),
            ResultStatus.Forbidden => Result.Forbidden(errors),
            ResultStatus.Unauthorized => Result.Unauthorized(errors),
            ResultStatus.Unavailable => Result.Unavailable(errors),
            ResultStatus.CriticalError => Result.CriticalError(errors),
            _ => Result.Error(new ErrorList(errors)),
        };
    }

    public static Result<T> Failed<T>(this IResult result) => result.Failed();
}
