using System.Text.Json;
using System.Text.Json.Serialization;
using Orders.Application.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>The stored form of an order's view: System.Text.Json, source-generated, enums by name (so reordering an
/// enum never changes what a stored view means).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(OrderDto))]
public sealed partial class OrderViewJson : JsonSerializerContext
{
    /// <summary>The shadow column on Orders that holds it; null for orders saved before views existed, until
    /// <see cref="OrderViewBackfill"/> reaches them.</summary>
    public const string Column = "View";

    public static string Write(OrderDto order) => JsonSerializer.Serialize(order, Default.OrderDto);

    public static OrderDto Read(string json) =>
        JsonSerializer.Deserialize(json, Default.OrderDto) ?? throw new JsonException("A stored order view is null.");
}
