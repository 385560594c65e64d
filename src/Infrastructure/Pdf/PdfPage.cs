using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Orders.Infrastructure.Pdf;

/// <summary>One A4 page's content stream. Coordinates are PDF points from the bottom-left corner; text is placed by
/// its baseline.</summary>
internal sealed class PdfPage
{
    public const double Width = 595;
    public const double Height = 842;

    private readonly List<byte> _content = [];

    public ReadOnlySpan<byte> Content => CollectionsMarshal.AsSpan(_content);

    public void DrawText(double x, double y, string text, PdfFont font, double size)
    {
        Write($"BT /{ResourceName(font)} {Number(size)} Tf {Number(x)} {Number(y)} Td (");
        foreach (var code in WinAnsi.Encode(text))
        {
            // Inside a literal string these three are syntax; everything else may appear as a raw byte.
            if (code is (byte)'(' or (byte)')' or (byte)'\\') _content.Add((byte)'\\');
            _content.Add(code);
        }

        Write(") Tj ET\n");
    }

    public void DrawTextRight(double right, double y, string text, PdfFont font, double size) =>
        DrawText(right - StandardFontMetrics.Measure(text, font, size), y, text, font, size);

    /// <summary>A straight line; <paramref name="gray"/> runs from 0 (black) to 1 (white).</summary>
    public void DrawLine(double x1, double y1, double x2, double y2, double lineWidth, double gray = 0) =>
        Write($"q {Number(gray)} G {Number(lineWidth)} w {Number(x1)} {Number(y1)} m {Number(x2)} {Number(y2)} l S Q\n");

    public void StrokeRectangle(double x, double y, double width, double height, double lineWidth) =>
        Write($"q {Number(lineWidth)} w {Number(x)} {Number(y)} {Number(width)} {Number(height)} re S Q\n");

    public void FillRectangle(double x, double y, double width, double height, double gray) =>
        Write($"q {Number(gray)} g {Number(x)} {Number(y)} {Number(width)} {Number(height)} re f Q\n");

    public static string ResourceName(PdfFont font) => font == PdfFont.HelveticaBold ? "F2" : "F1";

    // Two decimals are far finer than print resolution; adding 0 turns a rounded -0 into 0 so it never prints "-0".
    private static string Number(double value) =>
        (Math.Round(value, 2) + 0d).ToString("0.##", CultureInfo.InvariantCulture);

    private void Write(string ascii) => _content.AddRange(Encoding.ASCII.GetBytes(ascii));
}
