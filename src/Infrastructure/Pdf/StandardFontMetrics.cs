using System.Text;

namespace Orders.Infrastructure.Pdf;

/// <summary>Advance widths of the standard Helvetica fonts, from Adobe's Helvetica and Helvetica-Bold AFM files,
/// indexed by WinAnsi code. Viewers place glyphs by these widths, so measuring with them makes right-aligned text
/// and fitted columns land exactly where the viewer draws them.</summary>
internal static class StandardFontMetrics
{
    private const string Ellipsis = "...";
    private const int FirstCode = 32;

    // Widths in 1/1000 em for codes 32..255. The unassigned codes (127, 129, 141, 143, 144, 157) are 0:
    // WinAnsi.Encode never produces them.
    private static readonly int[] Helvetica =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // 32-47
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 48-63
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // 64-79
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // 80-95
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // 96-111
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0, // 112-127
        556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 128-143
        0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, // 144-159
        278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 160-175
        400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 176-191
        667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 192-207
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 208-223
        556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, // 224-239
        556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500, // 240-255
    ];

    private static readonly int[] HelveticaBold =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, // 32-47
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, // 48-63
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, // 64-79
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, // 80-95
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, // 96-111
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0, // 112-127
        556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, // 128-143
        0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, // 144-159
        278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, // 160-175
        400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, // 176-191
        722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, // 192-207
        722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, // 208-223
        556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, // 224-239
        611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556, // 240-255
    ];

    /// <summary>Width in points of <paramref name="text"/> as drawn, after WinAnsi replacement.</summary>
    public static double Measure(string text, PdfFont font, double size)
    {
        var units = 0;
        foreach (var code in WinAnsi.Encode(text)) units += Width(code, font);
        return units * size / 1000;
    }

    /// <summary>The text itself when it fits in <paramref name="maxWidth"/>, otherwise its longest prefix that fits
    /// with "..." appended.</summary>
    public static string Truncate(string text, PdfFont font, double size, double maxWidth)
    {
        if (Measure(text, font, size) <= maxWidth) return text;

        var budget = maxWidth - Measure(Ellipsis, font, size);
        var kept = new StringBuilder();
        var width = 0.0;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            width += Width(WinAnsi.ToCode(rune), font) * size / 1000;
            if (width > budget) break;
            kept.Append(rune.ToString());
        }

        return kept.ToString().TrimEnd() + Ellipsis;
    }

    private static int Width(byte code, PdfFont font) =>
        (font == PdfFont.HelveticaBold ? HelveticaBold : Helvetica)[code - FirstCode];
}
