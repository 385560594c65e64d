using Orders.Domain.Common;

namespace Orders.WebApi.Http;

/// <summary>The one place that turns business results into HTTP: status codes and RFC 9457 problem details.</summary>
public static class ResultExtensions
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error!.ToProblem();

    public static IResult ToHttp(this Result result, Func<IResult> onSuccess) =>
        result.IsSuccess ? onSuccess() : result.Error!.ToProblem();

    public static IResult ToProblem(this Error error)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Type == ErrorType.Invalid)
        {
            var errors = error.Fields ?? new Dictionary<string, string[]> { [error.Code] = [error.Message] };
            return TypedResults.ValidationProblem(errors, error.Message, title: "The request is not valid.", extensions: extensions);
        }

        var (status, title) = error.Type switch
        {
            ErrorType.Unauthorized => (StatusCodes.Status401Unauthorized, "Authentication is required."),
            ErrorType.Forbidden => (StatusCodes.Status403Forbidden, "Not allowed."),
            ErrorType.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            ErrorType.Conflict => (StatusCodes.Status409Conflict, "Conflict."),
            ErrorType.PreconditionFailed => (StatusCodes.Status412PreconditionFailed, "The resource has changed."),
            ErrorType.Unprocessable => (StatusCodes.Status422UnprocessableEntity, "The request cannot be processed."),
            _ => (StatusCodes.Status400BadRequest, "The request is not valid."),
        };
        return TypedResults.Problem(error.Message, statusCode: status, title: title, extensions: extensions);
    }
}
