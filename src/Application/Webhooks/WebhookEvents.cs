namespace Orders.Application.Webhooks;

/// <summary>The events a subscription can list.</summary>
public static class WebhookEvents
{
    public const string OrderCreated = "order.created";
    public const string OrderStatusChanged = "order.status_changed";

    public static readonly IReadOnlyList<string> All = [OrderCreated, OrderStatusChanged];
}
