namespace Orders.Infrastructure.Webhooks;

public sealed class WebhookDeliveryException(string message) : Exception(message);
