namespace Orders.Application.Webhooks.ListSubscriptions;

public sealed record ListSubscriptionsQuery(int? Page, int? Limit);
