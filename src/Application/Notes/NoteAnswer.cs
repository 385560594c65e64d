using Orders.Application.Orders;

namespace Orders.Application.Notes;

/// <summary>A note and the version of its order after the change (the ETag); <paramref name="Replayed"/> when the answer
/// repeats an earlier request with the same <c>Idempotency-Key</c>.</summary>
public sealed record NoteAnswer(string OrderId, int OrderVersion, NoteDto Note, bool Replayed = false);
