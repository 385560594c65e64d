namespace Orders.Application.CreditNotes;

/// <summary>Turns a credit note into a printable document (a PDF in production).</summary>
public interface ICreditNoteRenderer
{
    /// <summary>The document's bytes; the same credit note always gives the same bytes.</summary>
    byte[] Render(CreditNoteData creditNote);
}
