using System.Text.Json;
using System.Text.Json.Serialization;
using Orders.Application.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>The stored form of an order's view: System.Text.Json, enums by name (so reordering an enum never changes
/// what a stored view means). Written with the source-generated serializer; read with the reflection-based one in the
/// same format, from the stored UTF-8: the generated reader fills init-only properties through its constructor-argument
/// path, and read from a string the text is transcoded first (each cost about a sixth of a read, BenchmarkDotNet).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(OrderDto))]
public sealed partial class OrderViewJson : JsonSerializerContext
{
    /// <summary>The shadow column on Orders that holds it; null for orders saved before views existed, until
    /// <see cref="OrderViewBackfill"/> reaches them.</summary>
    public const string Column = "View";

    public static string Write(OrderDto order) => JsonSerializer.Serialize(order, Default.OrderDto);

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static OrderDto Read(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<OrderDto>(utf8, ReadOptions) ?? throw new JsonException("A stored order view is null.");
}
