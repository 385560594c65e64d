namespace Orders.WebApi.Contracts.Notes;

/// <summary>Body of <c>PATCH /api/orders/{id}/notes/{nid}</c>: the note's new body.</summary>
public sealed record EditNoteRequest(string? Body);
