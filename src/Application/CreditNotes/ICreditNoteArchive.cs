namespace Orders.Application.CreditNotes;

/// <summary>Where issued credit notes are kept, one per refund.</summary>
public interface ICreditNoteArchive
{
    Task<IssuedCreditNote?> FindAsync(string orderId, string number, CancellationToken ct);

    /// <summary>Saved with the next save. Adding the credit note of the same refund again (a save that is run again
    /// takes its number again) replaces the earlier one.</summary>
    void Add(IssuedCreditNote creditNote);

    /// <summary>Saves its printed document with the next save.</summary>
    void KeepDocument(IssuedCreditNote creditNote);
}
