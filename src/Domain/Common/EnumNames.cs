using System.Text.Json;

namespace Orders.Domain.Common;

public static class EnumNames
{
    /// <summary>The API's name of an enum value, as its JSON serializer writes it: <c>InPreparation</c> is
    /// <c>in_preparation</c>.</summary>
    public static string ToSnakeCase<T>(this T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
