using PdfSharp.Fonts;

namespace Orders.Infrastructure.Pdf;

/// <summary>Hands PDFsharp the bytes of DejaVu Sans regular and bold; bold is asked for by style, never simulated.
/// </summary>
internal sealed class DejaVuFontResolver(byte[] regular, byte[] bold) : IFontResolver
{
    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    public static DejaVuFontResolver Load(string directory) => new(
        File.ReadAllBytes(Path.Combine(directory, InvoiceFonts.RegularFile)),
        File.ReadAllBytes(Path.Combine(directory, InvoiceFonts.BoldFile)));

    public bool HasSameFontsAs(DejaVuFontResolver other) =>
        regular.AsSpan().SequenceEqual(other.GetFont(RegularFace)) && bold.AsSpan().SequenceEqual(other.GetFont(BoldFace));

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        string.Equals(familyName, InvoiceFonts.Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(isBold ? BoldFace : RegularFace)
            : null;

    public byte[] GetFont(string faceName) => faceName switch
    {
        RegularFace => regular,
        BoldFace => bold,
        _ => throw new ArgumentOutOfRangeException(nameof(faceName), faceName, "Only DejaVu Sans is available to invoices."),
    };
}
