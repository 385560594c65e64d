using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Orders.Infrastructure.Persistence.Configurations;

internal static class FrozenJsonConversion
{
    /// <summary>Stores what a document says as one JSON text column, the same on every engine. It is written once and
    /// never changed, so it is compared by reference: EF never needs to look inside it.</summary>
    public static PropertyBuilder<T> HasFrozenJsonConversion<T>(this PropertyBuilder<T> property) where T : class? =>
        property.HasConversion(
            data => JsonSerializer.Serialize(data, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Default)!,
            new ValueComparer<T>((a, b) => ReferenceEquals(a, b), data => data == null ? 0 : data.GetHashCode(), data => data));
}
