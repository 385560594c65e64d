using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Domain.Common;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class OutboxEndpoints
{
    private static readonly string[] Statuses = ["pending", "sent", "dead"];

    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/outbox").WithTags("Admin").RequireAuthorization(AuthSetup.AdminPolicy);

        group.MapGet("/", async (string? status, int? page, int? limit, IOutboxAdmin outbox, CancellationToken ct) =>
            {
                if (status is not null && !Statuses.Contains(status)) return Failure.Field("status", "Must be pending, sent or dead.").ToProblem();
                var paging = PageRequest.Create(page, limit);
                if (!paging.IsSuccess) return paging.ToProblem();
                return TypedResults.Ok(await outbox.ListAsync(status, paging.Value, ct));
            })
            .WithName("ListOutbox")
            .WithSummary("Emails and webhook deliveries waiting (pending), sent, or parked as dead after their last attempt.")
            .Produces<PagedList<OutboxMessageDto>>()
            .ProducesValidationProblem();

        group.MapPost("/{id}/retry", async (string id, IOutboxAdmin outbox, CancellationToken ct) =>
                (await outbox.RetryAsync(id, ct)).ToHttp(m => TypedResults.Ok(m)))
            .WithName("RetryOutboxMessage")
            .WithSummary("Put a dead message back in the queue, with its attempts reset.")
            .Produces<OutboxMessageDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }
}
