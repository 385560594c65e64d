using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Orders.Infrastructure.Persistence.Configurations;

internal static class StringListConversion
{
    /// <summary>Stores a list of strings as one JSON text column, the same on every engine (not a provider array type).</summary>
    public static PropertyBuilder<IReadOnlyList<string>> HasJsonListConversion(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(
            list => JsonSerializer.Serialize(list, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>(),
            new ValueComparer<IReadOnlyList<string>>(
                (a, b) => a!.SequenceEqual(b!),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode(StringComparison.Ordinal))),
                list => list.ToList()));
}
