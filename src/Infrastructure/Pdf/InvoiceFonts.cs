using Orders.Application.Invoices;
using PdfSharp.Fonts;

namespace Orders.Infrastructure.Pdf;

/// <summary>DejaVu Sans, the one font of every invoice, read from <c>Invoice:FontDirectory</c>.</summary>
internal static class InvoiceFonts
{
    public const string Family = "DejaVu Sans";
    public const string RegularFile = "DejaVuSans.ttf";
    public const string BoldFile = "DejaVuSans-Bold.ttf";

    private static readonly Lock Gate = new();
    private static DejaVuFontResolver? _installed;
    private static string? _installedFrom;

    /// <summary>Why <paramref name="directory"/> cannot serve the invoice font, or null when it can.</summary>
    public static string? Problem(string? directory)
    {
        string[] missing = string.IsNullOrWhiteSpace(directory)
            ? [RegularFile, BoldFile]
            : [.. new[] { RegularFile, BoldFile }.Where(file => !File.Exists(Path.Combine(directory, file)))];
        return missing.Length == 0 ? null
            : $"Invoices need the DejaVu Sans font, but {string.Join(" and ", missing)} {(missing.Length == 1 ? "is" : "are")} " +
              $"missing from '{directory}'. Install the Debian package fonts-dejavu-core (apt-get install -y fonts-dejavu-core) " +
              $"or set {InvoiceOptions.Section}:{nameof(InvoiceOptions.FontDirectory)} " +
              "to a folder holding both files.";
    }

    /// <summary>Makes PDFsharp take its fonts from <paramref name="directory"/>.</summary>
    /// <remarks>PDFsharp's resolver is one per process and may only ever be set to one instance, while tests build
    /// many hosts: the first directory installs it, and later ones must hold the very same font files.</remarks>
    public static void Use(string directory)
    {
        if (Problem(directory) is { } problem) throw new InvalidOperationException(problem);
        var fullPath = Path.GetFullPath(directory);
        lock (Gate)
        {
            if (_installed is null)
            {
                _installed = DejaVuFontResolver.Load(fullPath);
                _installedFrom = fullPath;
                GlobalFontSettings.FontResolver = _installed;
            }
            else if (fullPath != _installedFrom && !_installed.HasSameFontsAs(DejaVuFontResolver.Load(fullPath)))
            {
                throw new InvalidOperationException(
                    $"Invoice fonts were already loaded from '{_installedFrom}', and those in '{fullPath}' differ: " +
                    "PDFsharp keeps one set of fonts per process.");
            }
        }
    }
}
