namespace Orders.Infrastructure.Persistence.Views;

/// <summary>An order's id and its stored view (null for an order saved before views existed).</summary>
internal sealed record StoredOrderView(string Id, string? Json);
