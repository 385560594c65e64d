using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace Orders.Infrastructure.Pdf;

/// <summary>Replaces what PDFsharp draws from the clock and from random GUIDs (file id, font subset tags, XMP ids) with
/// values derived from a seed, so the same document always has the same bytes.</summary>
internal static class ReproduciblePdf
{
    private static readonly string[] FontNameKeys = ["/BaseFont", "/FontName"];
    private static readonly string[] XmpIdTags = ["<xmpMM:DocumentID>uuid:", "<xmpMM:InstanceID>uuid:"];

    public static void Prepare(PdfDocument document, string seed, DateOnly created)
    {
        document.Info.CreationDate = created.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // PDFsharp keeps the file id as a string of 16 byte-valued characters.
        var id = string.Concat(Hash(seed)[..16].Select(b => (char)b));
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        // A subset's name is "ABCDEF+Font"; the tag must only tell different subsets in one file apart.
        foreach (var font in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var key in FontNameKeys)
            {
                if (font.Elements.GetName(key) is not { Length: > 8 } name || name[7] != '+') continue;
                var tag = Hash(seed + name[8..])[..6].Select(b => (char)('A' + b % 26));
                font.Elements.SetName(key, "/" + string.Concat(tag) + name[7..]);
            }
        }
    }

    /// <summary>PDFsharp writes the XMP metadata during <c>Save</c> with fresh GUIDs and no way to supply them; they are
    /// overwritten in place with ones of the same length, so no offset in the file moves.</summary>
    public static byte[] FixXmpIds(byte[] pdf, string seed)
    {
        var uuid = Encoding.ASCII.GetBytes(new Guid(Hash(seed)[..16]).ToString("D"));
        foreach (var tag in XmpIdTags)
        {
            var at = pdf.AsSpan().IndexOf(Encoding.ASCII.GetBytes(tag));
            if (at >= 0) uuid.CopyTo(pdf.AsSpan(at + tag.Length, uuid.Length));
        }

        return pdf;
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
