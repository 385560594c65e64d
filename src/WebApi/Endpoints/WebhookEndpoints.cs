using Orders.Application.Common;
using Orders.Application.Webhooks;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").WithTags("Webhooks").RequireAuthorization(AuthSetup.AdminPolicy);

        group.MapGet("/", async (int? page, int? limit, WebhookHandlers handlers, CancellationToken ct) =>
                (await handlers.ListAsync(page, limit, ct)).ToHttp(list => TypedResults.Ok(list)))
            .WithName("ListWebhooks")
            .Produces<PagedList<WebhookSubscriptionDto>>();

        group.MapPost("/", async (WebhookInput body, WebhookHandlers handlers, CancellationToken ct) =>
                (await handlers.CreateAsync(body, ct)).ToHttp(s => TypedResults.Created($"/api/webhooks/{s.Id}", s)))
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to order events; the secret that signs deliveries is shown only in this answer.")
            .WithDescription("Events: order.created, order.status_changed. Deliveries are POSTs signed with Orders-Signature: " +
                "t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">, retried with backoff until a 2xx answer.")
            .Produces<WebhookSubscriptionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        group.MapDelete("/{id}", async (string id, WebhookHandlers handlers, CancellationToken ct) =>
                (await handlers.DeleteAsync(id, ct)).ToHttp(() => TypedResults.NoContent()))
            .WithName("DeleteWebhook")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/deliveries", async (string id, int? page, int? limit, WebhookHandlers handlers, CancellationToken ct) =>
                (await handlers.DeliveriesAsync(id, page, limit, ct)).ToHttp(list => TypedResults.Ok(list)))
            .WithName("ListWebhookDeliveries")
            .WithSummary("Every delivery attempt, newest first: status code, duration, error and the next retry.")
            .Produces<PagedList<WebhookDeliveryDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
