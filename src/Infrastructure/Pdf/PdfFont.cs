namespace Orders.Infrastructure.Pdf;

/// <summary>The standard fonts we use. Every PDF viewer has them, so nothing is embedded.</summary>
internal enum PdfFont
{
    Helvetica,
    HelveticaBold,
}
