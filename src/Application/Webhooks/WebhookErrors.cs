namespace Orders.Application.Webhooks;

public static class WebhookErrors
{
    public static Result NotFound(string id) => Domain.Common.Failure.NotFound("webhook.not_found", $"Webhook subscription {id} not found.");
}
