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

    /// <summary>The shadow column that holds the order's <c>Version</c> the view was written for. A view whose version is
    /// not the order's (a write that bypassed <see cref="OrderViewInterceptor"/>) is never served.</summary>
    public const string VersionColumn = "ViewVersion";

    /// <summary>The shadow column that holds the <see cref="Format"/> the view was written in (0: none, or written by a
    /// build from before formats were recorded).</summary>
    public const string FormatColumn = "ViewFormat";

    /// <summary>The shape of the stored JSON. Bump it whenever <see cref="OrderDto"/>'s JSON changes (a property added,
    /// renamed or given another meaning): views of another format are never served, and each start's
    /// <see cref="OrderViewBackfill"/> rewrites them. The stale-view index's filter names it, so a bump also asks for a
    /// migration of each engine (<c>dotnet ef migrations has-pending-model-changes</c> fails until it is added).</summary>
    public const int Format = 3;

    public static string Write(OrderDto order) => JsonSerializer.Serialize(order, Default.OrderDto);

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static OrderDto Read(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<OrderDto>(utf8, ReadOptions) ?? throw new JsonException("A stored order view is null.");
}
