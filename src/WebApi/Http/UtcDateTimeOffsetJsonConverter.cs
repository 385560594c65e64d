using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orders.WebApi.Http;

/// <summary>Writes instants as ISO 8601 UTC with <c>Z</c> (2026-03-02T09:00:00Z), as API.md promises.</summary>
public sealed class UtcDateTimeOffsetJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime); // a UTC DateTime is written with Z, trailing zeros of the fraction trimmed
}
