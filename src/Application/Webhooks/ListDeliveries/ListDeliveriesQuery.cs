namespace Orders.Application.Webhooks.ListDeliveries;

public sealed record ListDeliveriesQuery(string SubscriptionId, int? Page, int? Limit);
