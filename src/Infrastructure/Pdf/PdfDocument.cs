using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using static System.FormattableString;

namespace Orders.Infrastructure.Pdf;

/// <summary>A PDF 1.7 file of A4 pages drawn with the standard Helvetica fonts. Its bytes depend only on what was
/// drawn and on the metadata given here: no clock, no random file id, so the same input gives the same file.</summary>
internal sealed class PdfDocument(string title, string author, DateTimeOffset creationDate)
{
    private const string Producer = "Orders";

    // Objects 1-5 are fixed; page i (from 0) is object FirstPageObject + 2i and its content stream the next one.
    private const int CatalogObject = 1;
    private const int PagesObject = 2;
    private const int HelveticaObject = 3;
    private const int HelveticaBoldObject = 4;
    private const int InfoObject = 5;
    private const int FirstPageObject = 6;

    private readonly List<PdfPage> _pages = [];

    public IReadOnlyList<PdfPage> Pages => _pages;

    public PdfPage AddPage()
    {
        var page = new PdfPage();
        _pages.Add(page);
        return page;
    }

    public byte[] ToArray()
    {
        if (_pages.Count == 0) throw new InvalidOperationException("A PDF document needs at least one page.");

        using var output = new MemoryStream();
        // Objects are written in number order, so offsets[n - 1] is where object n starts.
        var offsets = new List<long>();

        void BeginObject(int number)
        {
            offsets.Add(output.Position);
            Write(output, Invariant($"{number} 0 obj\n"));
        }

        void WriteObject(int number, string dictionary)
        {
            BeginObject(number);
            Write(output, dictionary + "\nendobj\n");
        }

        Write(output, "%PDF-1.7\n");
        // A comment with bytes above 127 tells transfer tools the file is binary.
        output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);

        var kids = string.Join(" ", _pages.Select((_, i) => Invariant($"{PageObject(i)} 0 R")));
        WriteObject(CatalogObject, Invariant($"<< /Type /Catalog /Pages {PagesObject} 0 R >>"));
        WriteObject(PagesObject, Invariant($"<< /Type /Pages /Kids [{kids}] /Count {_pages.Count} >>"));
        WriteObject(HelveticaObject, Font("Helvetica"));
        WriteObject(HelveticaBoldObject, Font("Helvetica-Bold"));
        WriteObject(InfoObject,
            $"<< /Title {TextString(title)} /Author {TextString(author)} /Producer {TextString(Producer)} " +
            $"/CreationDate {TextString(Invariant($"D:{creationDate.UtcDateTime:yyyyMMddHHmmss}Z"))} >>");

        var fonts = Invariant($"/{PdfPage.ResourceName(PdfFont.Helvetica)} {HelveticaObject} 0 R ") +
            Invariant($"/{PdfPage.ResourceName(PdfFont.HelveticaBold)} {HelveticaBoldObject} 0 R");
        for (var i = 0; i < _pages.Count; i++)
        {
            WriteObject(PageObject(i),
                Invariant($"<< /Type /Page /Parent {PagesObject} 0 R /MediaBox [0 0 {PdfPage.Width} {PdfPage.Height}] ") +
                Invariant($"/Resources << /Font << {fonts} >> >> /Contents {PageObject(i) + 1} 0 R >>"));

            var content = Deflate(_pages[i].Content);
            BeginObject(PageObject(i) + 1);
            Write(output, Invariant($"<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n"));
            output.Write(content);
            Write(output, "\nendstream\nendobj\n");
        }

        // The file id is a hash of the body, not a random number, to keep the output reproducible.
        var id = Convert.ToHexString(SHA256.HashData(output.GetBuffer().AsSpan(0, (int)output.Position))[..16]);
        var xref = output.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {offsets.Count + 1} /Root {CatalogObject} 0 R /Info {InfoObject} 0 R /ID [<{id}> <{id}>] >>\n");
        table.Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());

        return output.ToArray();
    }

    private static int PageObject(int index) => FirstPageObject + 2 * index;

    private static string Font(string baseFont) =>
        $"<< /Type /Font /Subtype /Type1 /BaseFont /{baseFont} /Encoding /WinAnsiEncoding >>";

    // UTF-16BE with a byte-order mark is the one text-string form that holds any character.
    private static string TextString(string text) =>
        "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return compressed.ToArray();
    }

    private static void Write(Stream output, string ascii) => output.Write(Encoding.ASCII.GetBytes(ascii));
}
