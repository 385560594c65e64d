namespace Orders.Application.Webhooks.DeleteSubscription;

public sealed record DeleteSubscriptionCommand(string Id);
