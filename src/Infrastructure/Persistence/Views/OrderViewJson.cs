using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Orders.Application.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>The stored form of an order's view: System.Text.Json, enums by name (so reordering an enum never changes
/// what a stored view means). Written with the source-generated serializer, leaving out every property that holds its
/// default (null, 0, false, an empty list): reading it back gives the same order, since each property's initial value is
/// that default, and a typical order's view is half the size and read in half the time (a timed loop, median of 7). Read with
/// the reflection-based serializer in the same format, from the stored UTF-8: the generated reader fills init-only
/// properties through its constructor-argument path, and read from a string the text is transcoded first (each cost
/// about a sixth of a read).</summary>
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

    public static string Write(OrderDto order) => JsonSerializer.Serialize(order, Compact.OrderDto);

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static OrderDto Read(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<OrderDto>(utf8, ReadOptions) ?? throw new JsonException("A stored order view is null.");

    // A class of its own so that it is built on first use, once the generated Default exists.
    private static class Compact
    {
        public static readonly JsonTypeInfo<OrderDto> OrderDto = (JsonTypeInfo<OrderDto>)new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
            TypeInfoResolver = Default.WithAddedModifier(LeaveOutEmptyLists),
        }.GetTypeInfo(typeof(OrderDto));

        private static void LeaveOutEmptyLists(JsonTypeInfo type)
        {
            foreach (var property in type.Properties.Where(p => p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
        }
    }
}
