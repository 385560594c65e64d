using System.Text;
using PdfSharp.Drawing;

namespace Orders.Infrastructure.Pdf;

/// <summary>Drawing on one invoice page in PDF's own coordinates: points from the bottom-left corner, text placed by
/// its baseline, so the layout reads like the page it describes. Text is composed first so "e" + combining acute
/// prints as the single glyph "é".</summary>
internal sealed class InvoiceCanvas(XGraphics graphics, double pageHeight) : IDisposable
{
    private const string Ellipsis = "...";

    public void DrawText(double x, double y, string text, XFont font) =>
        graphics.DrawString(Compose(text), font, XBrushes.Black, x, pageHeight - y, XStringFormats.BaseLineLeft);

    public void DrawTextRight(double right, double y, string text, XFont font) =>
        graphics.DrawString(Compose(text), font, XBrushes.Black, right, pageHeight - y, XStringFormats.BaseLineRight);

    /// <summary>A straight line; <paramref name="gray"/> runs from 0 (black) to 1 (white).</summary>
    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, double gray = 0) =>
        graphics.DrawLine(new XPen(XColor.FromGrayScale(gray), lineWidth), x1, pageHeight - y1, x2, pageHeight - y2);

    public void StrokeRectangle(double x, double y, double width, double height, double lineWidth) =>
        graphics.DrawRectangle(new XPen(XColors.Black, lineWidth), x, pageHeight - y - height, width, height);

    public void FillRectangle(double x, double y, double width, double height, double gray) =>
        graphics.DrawRectangle(new XSolidBrush(XColor.FromGrayScale(gray)), x, pageHeight - y - height, width, height);

    public double Measure(string text, XFont font) => graphics.MeasureString(Compose(text), font).Width;

    /// <summary>The text itself when it fits in <paramref name="maxWidth"/>, otherwise its longest prefix that fits
    /// with "..." appended.</summary>
    public string Fit(string text, XFont font, double maxWidth)
    {
        var composed = Compose(text);
        if (Measure(composed, font) <= maxWidth) return composed;

        var kept = new StringBuilder();
        foreach (var rune in composed.EnumerateRunes())
        {
            if (Measure(kept + rune.ToString() + Ellipsis, font) > maxWidth) break;
            kept.Append(rune.ToString());
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }

    public void Dispose() => graphics.Dispose();

    private static string Compose(string text) => text.Normalize(NormalizationForm.FormC);
}
