using Orders.Application.CreditNotes;
using Orders.Application.Invoices;
using PdfSharp.Events;
using PdfSharp.Fonts;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace Orders.Infrastructure.Pdf;

/// <summary>Invoices and credit notes as PDF files drawn with PDFsharp in DejaVu Sans, embedded as a subset so every
/// character of a name or address prints as written. The same document always gives the same bytes. Stateless and safe
/// to share.</summary>
public sealed class InvoicePdfRenderer : IInvoiceRenderer, ICreditNoteRenderer
{
    /// <summary>Fails at once, naming the package and setting to fix, when the font files are missing.</summary>
    public InvoicePdfRenderer(InvoiceOptions options) => InvoiceFonts.Use(options.FontDirectory);

    public byte[] Render(InvoiceData invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return Render(InvoiceSheets.Of(invoice), invoice.InvoiceDate);
    }

    public byte[] Render(CreditNoteData creditNote)
    {
        ArgumentNullException.ThrowIfNull(creditNote);
        return Render(InvoiceSheets.Of(creditNote), creditNote.IssueDate);
    }

    private static byte[] Render(InvoiceSheet sheet, DateOnly issued)
    {
        using var document = new PdfDocument();
        document.Version = 17;
        // Uncompressed page content is what qpdf --check passes without a warning.
        document.Options.CompressContentStreams = false;
        document.Info.Title = $"{sheet.Title} {sheet.Number}";
        document.Info.Author = sheet.Seller.Name;
        document.RenderEvents.RenderTextEvent += ShowMissingCharacters;

        new InvoiceLayout(document, sheet).Draw();

        // Invoice and credit note numbers are unique, and differ from each other, so each makes a file id no other
        // document shares.
        var seed = sheet.Number;
        ReproduciblePdf.Prepare(document, seed, issued);
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return ReproduciblePdf.FixXmpIds(output.ToArray(), seed);
    }

    /// <summary>Prints "?" for a character DejaVu Sans has no glyph for (日本), so it shows instead of vanishing.
    /// PDFsharp raises this for measuring as well as drawing, so widths stay right.</summary>
    private static void ShowMissingCharacters(object? sender, RenderTextEventArgs args)
    {
        var pairs = args.CodePointGlyphIndexPairs;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].GlyphIndex != 0) continue;
            pairs[i] = new CodePointGlyphIndexPair('?', 0);
            args.ReevaluateGlyphIndices = true;
        }
    }
}
