using System.Globalization;
using Ardalis.Result;
using Microsoft.Net.Http.Headers;
using Orders.Application.Common;

namespace Orders.WebApi.Http;

/// <summary>The order version a client expects, from the ETag it sends back in <c>If-Match</c> (<c>"3"</c>).</summary>
public static class IfMatch
{
    public static Result<int?> ExpectedVersion(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(value)) return Result<int?>.Success(null);
        if (!EntityTagHeaderValue.TryParse(value, out var tag)) return Malformed;
        if (tag.Equals(EntityTagHeaderValue.Any)) return Result<int?>.Success(null);
        return int.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? Result<int?>.Success(version)
            : Malformed;
    }

    private static Result Malformed => RequestErrors.MalformedIfMatch;
}
