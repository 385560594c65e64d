using Orders.Application.Invoices;
using PdfSharp.Events;
using PdfSharp.Fonts;
using PdfDocument = PdfSharp.Pdf.PdfDocument;

namespace Orders.Infrastructure.Pdf;

/// <summary>Invoices as PDF files drawn with PDFsharp in DejaVu Sans, embedded as a subset so every character of a
/// name or address prints as written. The same invoice always gives the same bytes. Stateless and safe to share.
/// </summary>
public sealed class InvoicePdfRenderer : IInvoiceRenderer
{
    /// <summary>Fails at once, naming the package and setting to fix, when the font files are missing.</summary>
    public InvoicePdfRenderer(InvoiceOptions options) => InvoiceFonts.Use(options.FontDirectory);

    public byte[] Render(InvoiceData invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var labels = InvoiceLabels.For(invoice.Language);
        using var document = new PdfDocument();
        document.Version = 17;
        // Uncompressed page content is what qpdf --check passes without a warning.
        document.Options.CompressContentStreams = false;
        document.Info.Title = $"{labels.Invoice} {invoice.InvoiceNumber}";
        document.Info.Author = invoice.Seller.Name;
        document.RenderEvents.RenderTextEvent += ShowMissingCharacters;

        new InvoiceLayout(document, invoice).Draw();

        // The invoice number is unique, so it makes a file id no other invoice shares.
        var seed = invoice.InvoiceNumber;
        ReproduciblePdf.Prepare(document, seed, invoice.InvoiceDate);
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
