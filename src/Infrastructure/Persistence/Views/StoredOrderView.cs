using System.Text;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>An order's id and its stored view as UTF-8 JSON (null for an order saved before views existed).</summary>
internal sealed record StoredOrderView(string Id, byte[]? Json)
{
    public static StoredOrderView FromText(string id, string? json) => new(id, json is null ? null : Encoding.UTF8.GetBytes(json));
}
