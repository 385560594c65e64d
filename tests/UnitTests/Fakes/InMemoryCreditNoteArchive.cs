using Orders.Application.CreditNotes;

namespace Orders.UnitTests.Fakes;

/// <summary>Issued credit notes by refund, kept as they are added (the numbering that adds them runs inside the save).
/// </summary>
public sealed class InMemoryCreditNoteArchive : ICreditNoteArchive
{
    private readonly Dictionary<string, IssuedCreditNote> _notes = [];

    public IReadOnlyCollection<IssuedCreditNote> Issued => _notes.Values;

    public Task<IssuedCreditNote?> FindAsync(string orderId, string number, CancellationToken ct) =>
        Task.FromResult(_notes.Values.FirstOrDefault(n => n.OrderId == orderId && n.Number == number));

    public void Add(IssuedCreditNote creditNote) => _notes[creditNote.RefundId] = creditNote;

    public void KeepDocument(IssuedCreditNote creditNote) => _notes[creditNote.RefundId] = creditNote;
}
