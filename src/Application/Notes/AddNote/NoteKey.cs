using Orders.Application.Common.Idempotency;

namespace Orders.Application.Notes.AddNote;

/// <summary>What an <c>Idempotency-Key</c> says about a note request: the note an earlier request with the same key and
/// body created (<see cref="EarlierNoteId"/>), or that the key is free to record this one.</summary>
public sealed class NoteKey
{
    private readonly IIdempotencyStore _keys;
    private readonly string _scope;
    private readonly string _key;
    private readonly string _requestHash;
    private readonly IdempotencyRecord? _expired;

    internal NoteKey(IIdempotencyStore keys, string scope, string key, string requestHash, IdempotencyRecord? expired, string? earlierNoteId)
    {
        (_keys, _scope, _key, _requestHash, _expired) = (keys, scope, key, requestHash, expired);
        EarlierNoteId = earlierNoteId;
    }

    public string? EarlierNoteId { get; }

    /// <summary>Writes the key done, naming the note, in the save that creates it (its id fits the record's column:
    /// <c>nt_{orderId}_{n}</c>, n at most <see cref="Domain.Orders.Order.MaxNotes"/>).</summary>
    public void Complete(string noteId, DateTimeOffset now)
    {
        if (EarlierNoteId is not null) throw new InvalidOperationException("A key that names an earlier note is replayed, not completed.");
        var record = _expired;
        if (record is null)
        {
            record = IdempotencyRecord.Reserve(_scope, _key, _requestHash, noteId, now);
            _keys.Add(record);
        }
        else
        {
            record.Renew(_requestHash, noteId, now);
        }

        record.Complete();
    }
}
