using Ardalis.Result;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Payments;
using Orders.Domain.Common;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Http;

/// <summary>The one place that turns business results into HTTP: status codes and RFC 9457 problem details, each with
/// the failure's machine-readable <c>code</c>.</summary>
public static class ResultExtensions
{
    /// <summary>Codes whose HTTP status is finer than their result status.</summary>
    private static readonly Dictionary<string, (int Status, string Title)> StatusByCode = new()
    {
        ["order.version_mismatch"] = (StatusCodes.Status412PreconditionFailed, "The resource has changed."),
        [RequestErrors.IfMatchRequiredCode] = (StatusCodes.Status428PreconditionRequired, "If-Match is required."),
        [PaymentErrors.RefusedCode] = (StatusCodes.Status502BadGateway, "The payment provider refused the request."),
    };

    /// <summary>Seconds a client should wait before retrying an answer that says "not now".</summary>
    private static readonly Dictionary<string, int> RetryAfterByCode = new()
    {
        [PaymentErrors.UnavailableCode] = 5,
        [IdempotencyErrors.InProgressCode] = 1,
    };

    public const int DefaultRetryAfterSeconds = 5;

    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.ToProblem();

    public static IResult ToHttp(this Result result, Func<IResult> onSuccess) =>
        result.IsSuccess ? onSuccess() : result.ToProblem();

    public static IResult ToProblem(this Ardalis.Result.IResult result)
    {
        var code = result.Code();
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (result.Status == ResultStatus.Invalid)
        {
            var fields = result.FieldErrors();
            var errors = fields.Count > 0 ? fields : new Dictionary<string, string[]> { [code] = [result.Detail()] };
            return TypedResults.ValidationProblem(errors, result.Detail(), title: "The request is not valid.", extensions: extensions);
        }

        var (status, title) = result.Status switch
        {
            ResultStatus.Unauthorized => (StatusCodes.Status401Unauthorized, "Authentication is required."),
            ResultStatus.Forbidden => (StatusCodes.Status403Forbidden, "Not allowed."),
            ResultStatus.NotFound => (StatusCodes.Status404NotFound, "Not found."),
            ResultStatus.Conflict => (StatusCodes.Status409Conflict, "Conflict."),
            ResultStatus.Error => (StatusCodes.Status422UnprocessableEntity, "The request cannot be processed."),
            ResultStatus.Unavailable => (StatusCodes.Status503ServiceUnavailable, "Try again shortly."),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on our side."),
        };
        if (StatusByCode.TryGetValue(code, out var finer)) (status, title) = finer;
        var problem = TypedResults.Problem(result.Detail(), statusCode: status, title: title, extensions: extensions);
        if (RetryAfterByCode.TryGetValue(code, out var seconds) || status == StatusCodes.Status503ServiceUnavailable)
            return new RetryAfterResult(problem, seconds > 0 ? seconds : DefaultRetryAfterSeconds);
        return problem;
    }
}
