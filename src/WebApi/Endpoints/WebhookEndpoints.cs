using Orders.Application.Webhooks;
using Orders.Application.Webhooks.CreateSubscription;
using Orders.Application.Webhooks.DeleteSubscription;
using Orders.Application.Webhooks.ListDeliveries;
using Orders.Application.Webhooks.ListSubscriptions;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Webhooks;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(AuthSetup.AdminPolicy);

        group.MapGet("/", async (int? page, int? limit, ListSubscriptionsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListSubscriptionsQuery(page, limit), ct))
                    .ToHttp(list => TypedResults.Ok(list.ToResponse<WebhookSubscriptionDto, WebhookSubscriptionResponse>())))
            .WithName("ListWebhooks")
            .Produces<PagedResponse<WebhookSubscriptionResponse>>();

        group.MapPost("/", async (CreateWebhookRequest body, CreateSubscriptionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new CreateSubscriptionCommand(body.Url, body.Events, body.Secret), ct))
                    .ToHttp(s => TypedResults.Created($"/api/webhooks/{s.Id}", s.ToResponse<WebhookSubscriptionResponse>())))
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to order events; the secret that signs deliveries is shown only in this answer.")
            .WithDescription("Events: order.created, order.status_changed. Deliveries are POSTs signed with Orders-Signature: " +
                "t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">, retried with backoff until a 2xx answer.")
            .Produces<WebhookSubscriptionResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        group.MapDelete("/{id}", async (string id, DeleteSubscriptionHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new DeleteSubscriptionCommand(id), ct)).ToHttp(() => TypedResults.NoContent()))
            .WithName("DeleteWebhook")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/deliveries", async (string id, int? page, int? limit, ListDeliveriesHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListDeliveriesQuery(id, page, limit), ct))
                    .ToHttp(list => TypedResults.Ok(list.ToResponse<WebhookDeliveryDto, WebhookDeliveryResponse>())))
            .WithName("ListWebhookDeliveries")
            .WithSummary("Every delivery attempt, newest first: status code, duration, error and the next retry.")
            .Produces<PagedResponse<WebhookDeliveryResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
