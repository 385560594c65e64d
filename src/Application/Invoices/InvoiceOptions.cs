namespace Orders.Application.Invoices;

/// <summary>The <c>Invoice</c> section: who issues the invoices, and where the invoice font is.</summary>
public sealed class InvoiceOptions
{
    public const string Section = "Invoice";

    public string SellerName { get; set; } = "Orders Demo Shop S.L.";

    public string? SellerTaxId { get; set; } = "B00000000";

    public List<string> SellerAddress { get; set; } = ["Calle Mayor 1", "28013 Madrid", "España"];

    /// <summary>The folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf, which invoices embed. The default is where
    /// Debian's fonts-dejavu-core puts them, or the system font folder elsewhere; Windows does not ship DejaVu, so
    /// there it must be installed or this set.</summary>
    public string FontDirectory { get; set; } = DefaultFontDirectory();

    private static string DefaultFontDirectory() =>
        OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.Fonts)
        : OperatingSystem.IsMacOS() ? "/Library/Fonts"
        : "/usr/share/fonts/truetype/dejavu";
}
