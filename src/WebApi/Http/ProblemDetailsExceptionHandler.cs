using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.AspNetCore.Mvc;

namespace Orders.WebApi.Http;

/// <summary>Writes every exception as a problem: unreadable requests (bad JSON, wrong types, oversized bodies) as the
/// 4xx they are, a SQLite file locked by another process past the busy timeout as a 503 to retry, anything else as a
/// logged 500 that reveals nothing internal.</summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public const int BusyRetryAfterSeconds = 1;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (IsDatabaseBusy(exception))
        {
            LogBusy(logger, httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = BusyRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return await WriteAsync(httpContext, exception, new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is busy.",
                Detail = $"Another process is writing to the shop's database; nothing was changed. Retry in {BusyRetryAfterSeconds} second(s).",
            });
        }

        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => BodyProblem(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = $"Request bodies are limited to {RequestLimits.MaxBodyBytes / 1024} KiB.",
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message,
            },
            InvalidOperationException when HasUnknownCharset(httpContext.Request) => new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "The request's character set is not supported.",
                Detail = "Send JSON bodies as UTF-8: Content-Type: application/json; charset=utf-8.",
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };

        if (problem is null)
        {
            if (httpContext.RequestAborted.IsCancellationRequested) return true;
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The failure has been logged; try again later or contact the shop with the traceId.",
            };
        }

        return await WriteAsync(httpContext, exception, problem);
    }

    private static bool HasUnknownCharset(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.Charset.HasValue && !IsKnownEncoding(type.Charset.Value!);

    private static bool IsKnownEncoding(string charset)
    {
        try
        {
            System.Text.Encoding.GetEncoding(charset.Trim('"'));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private async Task<bool> WriteAsync(HttpContext httpContext, Exception exception, ProblemDetails problem)
    {
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), also when EF wraps them in a DbUpdateException.
    private static bool IsDatabaseBusy(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is SqliteException { SqliteErrorCode: 5 or 6 }) return true;
        return false;
    }

    private static ValidationProblemDetails BodyProblem(JsonException json)
    {
        var where = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [where] = ["Is malformed or has the wrong type."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this endpoint.",
            Detail = $"Check the value at {where}: it is malformed JSON or has the wrong type.",
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite database stayed locked by another process past the busy timeout on {Method} {Path}")]
    private static partial void LogBusy(ILogger logger, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
