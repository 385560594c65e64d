using Ardalis.Result;
using System.Globalization;
using Orders.Domain.Common;

namespace Orders.WebApi.Http;

/// <summary>Reads the order version a client expects from <c>If-Match</c> (the ETag it got: <c>"3"</c>).</summary>
public static class IfMatch
{
    public static Result<int?> ExpectedVersion(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length == 0 || value == "*") return Result<int?>.Success(null);
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        if (value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            return Result<int?>.Success(version);
        return Failure.Field("If-Match", "Must be the order's ETag, like \"3\".");
    }
}
