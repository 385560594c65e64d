using Ardalis.Result;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.WebApi.Http;

public static class ApiJson
{
    /// <summary>camelCase names, enums as lower snake_case strings, UTC instants with Z. <see cref="ApiJsonContext"/>
    /// writes the order answers in the same format.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming, allowIntegerValues: false));
        options.Converters.Add(new UtcDateTimeOffsetJsonConverter());
    }

    private static readonly JsonNamingPolicy EnumNaming = JsonNamingPolicy.SnakeCaseLower;

    /// <summary>The same enum format for one enum, for <see cref="ApiJsonContext"/>'s generated code.</summary>
    public sealed class EnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(EnumNaming, allowIntegerValues: false) where TEnum : struct, Enum;

    /// <summary>Parses an enum from a query string in the API's spelling (<c>in_preparation</c>); null when absent.</summary>
    public static Result<TEnum?> ParseEnum<TEnum>(string? value, string field) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return Result<TEnum?>.Success(null);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToSnakeCase(), value.Trim(), StringComparison.OrdinalIgnoreCase)) return Result<TEnum?>.Success(candidate);
        }

        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => v.ToSnakeCase()));
        return RequestErrors.NotOneOf(field, allowed);
    }
}
