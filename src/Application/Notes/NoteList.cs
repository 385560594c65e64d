using Orders.Application.Orders;

namespace Orders.Application.Notes;

/// <summary>The notes of an order its reader may see, oldest first, and the order's version (the ETag).</summary>
public sealed record NoteList(string OrderId, int OrderVersion, IReadOnlyList<NoteDto> Items);
