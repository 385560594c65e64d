namespace Orders.WebApi.Contracts.Notes;

/// <summary>The notes of an order its reader may see, oldest first.</summary>
public sealed record NoteListResponse(IReadOnlyList<NoteResponse> Items);
