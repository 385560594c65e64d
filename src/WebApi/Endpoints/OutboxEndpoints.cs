using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Application.Outbox.ListMessages;
using Orders.Application.Outbox.RetryMessage;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Outbox;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/outbox").WithTags("Admin").RequireAuthorization(AuthSetup.AdminPolicy);

        group.MapGet("/", async (string? status, int? page, int? limit, ListOutboxMessagesHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListOutboxMessagesQuery(status, page, limit), ct))
                    .ToHttp(list => TypedResults.Ok(list.ToResponse<OutboxMessageDto, OutboxMessageResponse>())))
            .WithName("ListOutbox")
            .WithSummary("Emails and webhook deliveries waiting (pending), sent, or parked as dead after their last attempt.")
            .Produces<PagedResponse<OutboxMessageResponse>>()
            .ProducesValidationProblem();

        // Two retries of one message at once are independent: the one that loses the race runs again and answers outbox.not_dead.
        group.MapPost("/{id}/retry", async (string id, RetryOutboxMessageHandler handler, CancellationToken ct) =>
                (await ConflictRetry.RunAsync(() => handler.HandleAsync(new RetryOutboxMessageCommand(id), ct)))
                    .ToHttp(m => TypedResults.Ok(m.ToResponse<OutboxMessageResponse>())))
            .WithName("RetryOutboxMessage")
            .WithSummary("Put a dead message back in the queue, with its attempts reset.")
            .Produces<OutboxMessageResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}
