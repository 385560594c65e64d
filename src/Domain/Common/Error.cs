namespace Orders.Domain.Common;

/// <summary>A business failure: a stable dotted code, a sentence a person can act on, and for
/// <see cref="ErrorType.Invalid"/> the offending fields.</summary>
public sealed record Error(string Code, string Message, ErrorType Type, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error Invalid(string code, string message, IReadOnlyDictionary<string, string[]>? fields = null) =>
        new(code, message, ErrorType.Invalid, fields);

    public static Error Invalid(string field, string message) =>
        new("request.invalid", message, ErrorType.Invalid, new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string code, string message) => new(code, message, ErrorType.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorType.Conflict);

    public static Error Unprocessable(string code, string message) => new(code, message, ErrorType.Unprocessable);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorType.Forbidden);

    public static Error PreconditionFailed(string code, string message) => new(code, message, ErrorType.PreconditionFailed);
}
