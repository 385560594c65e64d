using System.Security.Claims;
using Ardalis.Result;
using Microsoft.AspNetCore.Mvc;
using Orders.Application.Common;
using Orders.Application.Notes;
using Orders.Application.Notes.AddNote;
using Orders.Application.Notes.DeleteNote;
using Orders.Application.Notes.EditNote;
using Orders.Application.Notes.GetNote;
using Orders.Application.Notes.ListNotes;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Notes;
using Orders.WebApi.Http;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Endpoints;

/// <summary>An order's notes (API.md "After the sale" → Notes). Every route loads the order as the caller may see it, so
/// another customer's order is 404 on each, and an internal note is 404 for the customer too; who may write what is the
/// order's to say (403). Writes honour If-Match and answer the order's new version as the ETag.</summary>
public static class NoteEndpoints
{
    public static IEndpointRouteBuilder MapNoteEndpoints(this IEndpointRouteBuilder app)
    {
        // Not behind the admin policy: owners write notes too, and the use cases decide after the order is found (404 before 403).
        var group = app.MapGroup("/api/orders/{id}/notes").WithTags("Notes").RequireAuthorization();

        group.MapPost("/", AddAsync)
            .WithName("AddNote")
            .WithSummary("Write a note on an order: the owner a customer note, an admin an internal or a customer note.")
            .WithDescription($"body: 1 to {OrderNote.MaxBodyLength} characters; visibility: internal (admins only) or customer (the customer " +
                "sees it too). The owner writing internal → 403 note.forbidden. An order holds at most " + $"{Order.MaxNotes} notes " +
                "(409 note.limit). A customer note written by an admin emails the customer. Honours If-Match with the order's ETag. " +
                "Optional header Idempotency-Key: the same key and body return the same note, another body 422.")
            .Produces<NoteResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", async (string id, ClaimsPrincipal user, ListNotesHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListNotesQuery(OrderRef.Parse(id), user.ToContext()), ct))
                    .ToHttp(list => ETags.VersionedResult(list.ToResponse<NoteListResponse>(), list.OrderVersion)))
            .WithName("ListNotes")
            .WithSummary("An order's notes, oldest first: the owner sees customer notes, admins every note; deleted ones as tombstones.")
            .Produces<NoteListResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{nid}", async (string id, string nid, ClaimsPrincipal user, GetNoteHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetNoteQuery(OrderRef.Parse(id), user.ToContext(), nid), ct)).ToHttp(Answer))
            .WithName("GetNote")
            .WithSummary("One note of an order (owner, admin); an internal note is 404 for the customer.")
            .Produces<NoteResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPatch("/{nid}", EditAsync)
            .WithName("EditNote")
            .WithSummary("Rewrite a note (its author only, admins included): the earlier body is kept, editedAt set.")
            .WithDescription($"body: 1 to {OrderNote.MaxBodyLength} characters. Another user's note → 403 note.forbidden; a deleted note → " +
                "409 note.deleted. Honours If-Match with the order's ETag.")
            .Produces<NoteResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapDelete("/{nid}", DeleteAsync)
            .WithName("DeleteNote")
            .WithSummary("Delete a note (its author or an admin): it stays as a tombstone with deletedAt and no body, which is the answer.")
            .WithDescription("A customer deleting another user's note → 403 note.forbidden. Deleting a tombstone again changes nothing. " +
                "Honours If-Match with the order's ETag.")
            .Produces<NoteResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        return app;
    }

    private static async Task<IResult> AddAsync(
        string id, AddNoteRequest body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, HttpRequest request,
        ClaimsPrincipal user, AddNoteHandler handler, CancellationToken ct)
    {
        var visibility = ApiJson.ParseEnum<NoteVisibility>(body.Visibility, "visibility");
        if (!visibility.IsSuccess) return visibility.ToProblem();
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        var command = new AddNoteCommand(OrderRef.Parse(id), user.ToContext(), body.Body, visibility.Value, idempotencyKey, expected.Value);

        return (await ConflictRetry.RunAsync(() => handler.HandleAsync(command, ct))).ToHttp(answer =>
        {
            var created = ETags.VersionedResult(answer.Note.ToResponse<NoteResponse>(), answer.OrderVersion, StatusCodes.Status201Created,
                $"/api/orders/{answer.OrderId}/notes/{answer.Note.Id}");
            return answer.Replayed ? new ReplayedResult(created) : created;
        });
    }

    private static Task<IResult> EditAsync(
        string id, string nid, EditNoteRequest body, HttpRequest request, ClaimsPrincipal user, EditNoteHandler handler, CancellationToken ct) =>
        WithVersionAsync(request, version => handler.HandleAsync(new EditNoteCommand(OrderRef.Parse(id), user.ToContext(), nid, body.Body, version), ct));

    private static Task<IResult> DeleteAsync(string id, string nid, HttpRequest request, ClaimsPrincipal user, DeleteNoteHandler handler, CancellationToken ct) =>
        WithVersionAsync(request, version => handler.HandleAsync(new DeleteNoteCommand(OrderRef.Parse(id), user.ToContext(), nid, version), ct));

    /// <summary>A write on one note that honours If-Match, answered with the note and the order's version as ETag.</summary>
    private static async Task<IResult> WithVersionAsync(HttpRequest request, Func<int?, Task<Result<NoteAnswer>>> handle)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        return (await ConflictRetry.RunAsync(() => handle(expected.Value))).ToHttp(Answer);
    }

    private static IResult Answer(NoteAnswer answer) => ETags.VersionedResult(answer.Note.ToResponse<NoteResponse>(), answer.OrderVersion);
}
