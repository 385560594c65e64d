using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Notes;

/// <summary>Who wrote a note: their user id and whether they wrote as the customer or as an admin.</summary>
public sealed record NoteAuthorResponse(string Id, NoteAuthorRole Role);
