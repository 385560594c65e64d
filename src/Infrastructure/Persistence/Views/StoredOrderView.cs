using System.Text;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>An order's id and its stored view as UTF-8 JSON: null when the order has no view that may be served (none
/// yet, or one written for another version of the order or in another format), so it is rebuilt from the aggregate.</summary>
internal sealed record StoredOrderView(string Id, byte[]? Json)
{
    public static StoredOrderView FromText(string id, string? json) => new(id, json is null ? null : Encoding.UTF8.GetBytes(json));
}
