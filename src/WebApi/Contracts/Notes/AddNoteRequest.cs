namespace Orders.WebApi.Contracts.Notes;

/// <summary>Body of <c>POST /api/orders/{id}/notes</c>: <c>visibility</c> is <c>internal</c> or <c>customer</c> (read as
/// text so that another value is a 400 naming the field).</summary>
public sealed record AddNoteRequest(string? Body, string? Visibility);
