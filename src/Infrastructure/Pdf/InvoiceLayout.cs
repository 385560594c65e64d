using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Orders.Infrastructure.Pdf;

/// <summary>Lays one invoice or credit note out on A4 pages: seller and title, bill-to and details, the table of lines
/// (flowing over as many pages as it needs, its header repeated on each), totals and payment, notes, and "Page X of Y"
/// on every page. Used once per document.</summary>
internal sealed class InvoiceLayout(PdfDocument document, InvoiceSheet sheet)
{
    public const double PageWidth = 595;
    public const double PageHeight = 842;

    private const double Left = 50;
    private const double Right = PageWidth - 50;
    private const double Top = PageHeight - 50;
    // Body content stays above this line; the footer sits below it.
    private const double Bottom = 60;
    private const double FooterY = 30;
    private const double LineHeight = 13;
    private const double RowHeight = 16;
    private const double HeaderRowHeight = 18;
    private const double CellPadding = 4;
    private const double ColumnGap = 14;
    // Left edge of the order details and totals, which share the right-hand side of the page.
    private const double RightBlockX = 330;
    private const double LeftBlockWidth = RightBlockX - Left - ColumnGap;
    private const double PaymentValueX = Left + 70;
    private const double NotesGap = 24;

    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly InvoiceSheet _sheet = sheet;
    private readonly InvoiceLabels _labels = sheet.Labels;
    private readonly List<InvoiceCanvas> _pages = [];
    // Fonts belong to this one document: PDFsharp does not promise that sharing them across threads is safe.
    private readonly XFont _body = Font(9);
    private readonly XFont _bodyBold = Font(9, bold: true);
    private readonly XFont _buyer = Font(10);
    private readonly XFont _continuation = Font(10, bold: true);
    private readonly XFont _seller = Font(14, bold: true);
    private readonly XFont _title = Font(20, bold: true);
    private readonly XFont _longTitle = Font(14, bold: true);
    private readonly XFont _emphasis = Font(11, bold: true);
    private readonly XFont _footer = Font(8);

    public void Draw()
    {
        var page = AddPage();
        var columns = FitColumns(page);
        var notes = WrapNotes(page);
        var y = DrawTableHeader(page, DrawFirstPageHeader(page), columns);
        foreach (var line in _sheet.Rows)
        {
            if (y - RowHeight < Bottom)
            {
                page.DrawLine(Left, y, Right, y, 0.75);
                page = AddPage();
                y = DrawTableHeader(page, DrawContinuationHeader(page), columns);
            }

            y = DrawRow(page, y, line, columns);
        }

        page.DrawLine(Left, y, Right, y, 0.75);
        if (y - TotalsHeight(notes) < Bottom)
        {
            page = AddPage();
            y = DrawContinuationHeader(page);
        }

        DrawNotes(page, DrawTotals(page, y), notes);
        for (var i = 0; i < _pages.Count; i++) DrawFooter(_pages[i], _labels.FormatPage(i + 1, _pages.Count));
        foreach (var canvas in _pages) canvas.Dispose();
    }

    private InvoiceCanvas AddPage()
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        var canvas = new InvoiceCanvas(XGraphics.FromPdfPage(page), PageHeight);
        _pages.Add(canvas);
        return canvas;
    }

    /// <summary>Seller, title and number, then bill-to beside the details. Returns where the table
    /// starts.</summary>
    private double DrawFirstPageHeader(InvoiceCanvas page)
    {
        var seller = Top - 14;
        page.DrawText(Left, seller, page.Fit(_sheet.Seller.Name, _seller, LeftBlockWidth), _seller);
        var sellerLines = _sheet.Seller.TaxId is null
            ? _sheet.Seller.AddressLines
            : [$"{_labels.TaxId}: {_sheet.Seller.TaxId}", .. _sheet.Seller.AddressLines];
        foreach (var text in sellerLines)
        {
            seller -= LineHeight;
            page.DrawText(Left, seller, page.Fit(text, _body, LeftBlockWidth), _body);
        }

        // A long title ("Factura rectificativa") steps down a size rather than run into the seller's name.
        var title = page.Measure(_sheet.Title, _title) <= Right - RightBlockX ? _title : _longTitle;
        page.DrawTextRight(Right, Top - 18, _sheet.Title, title);
        page.DrawTextRight(Right, Top - 36, _sheet.Number, _emphasis);

        var blockTop = Math.Min(seller, Top - 36) - 30;
        var billTo = blockTop;
        page.DrawText(Left, billTo, _labels.BillTo, _bodyBold);
        billTo -= LineHeight;
        page.DrawText(Left, billTo, page.Fit(_sheet.BuyerName, _buyer, LeftBlockWidth), _buyer);
        foreach (var text in _sheet.BuyerLines)
        {
            billTo -= LineHeight;
            page.DrawText(Left, billTo, page.Fit(text, _body, LeftBlockWidth), _body);
        }

        var details = blockTop;
        foreach (var (label, value) in _sheet.Details)
        {
            page.DrawText(RightBlockX, details, label, _bodyBold);
            page.DrawTextRight(Right, details, value, _body);
            details -= LineHeight;
        }

        return Math.Min(billTo, details) - 24;
    }

    /// <summary>A short header for the pages after the first. Returns where the body starts.</summary>
    private double DrawContinuationHeader(InvoiceCanvas page)
    {
        page.DrawText(Left, Top - 10, page.Fit(_sheet.Seller.Name, _continuation, LeftBlockWidth), _continuation);
        page.DrawTextRight(Right, Top - 10, $"{_sheet.Title} {_sheet.Number}", _continuation);
        page.DrawLine(Left, Top - 18, Right, Top - 18, 0.5);
        return Top - 34;
    }

    private double DrawTableHeader(InvoiceCanvas page, double top, TableColumns columns)
    {
        var bottom = top - HeaderRowHeight;
        page.FillRectangle(Left, bottom, Right - Left, HeaderRowHeight, 0.9);
        var baseline = bottom + 6;
        page.DrawText(columns.DescriptionX, baseline, _labels.Description, _bodyBold);
        page.DrawTextRight(columns.QuantityRight, baseline, _labels.Quantity, _bodyBold);
        page.DrawTextRight(columns.UnitPriceRight, baseline, _labels.UnitPrice, _bodyBold);
        page.DrawTextRight(columns.AmountRight, baseline, _labels.Amount, _bodyBold);
        page.DrawLine(Left, bottom, Right, bottom, 0.75);
        return bottom;
    }

    private double DrawRow(InvoiceCanvas page, double top, InvoiceSheetRow line, TableColumns columns)
    {
        var bottom = top - RowHeight;
        var baseline = bottom + 5;
        page.DrawText(columns.DescriptionX, baseline, page.Fit(line.Description, _body, columns.DescriptionWidth), _body);
        page.DrawTextRight(columns.QuantityRight, baseline, line.Quantity, _body);
        page.DrawTextRight(columns.UnitPriceRight, baseline, line.UnitPrice, _body);
        page.DrawTextRight(columns.AmountRight, baseline, line.Amount, _body);
        page.DrawLine(Left, bottom, Right, bottom, 0.25, gray: 0.75);
        return bottom;
    }

    /// <summary>Payment details on the left, amounts on the right, the total boxed and in bold. Returns where the
    /// notes start.</summary>
    private double DrawTotals(InvoiceCanvas page, double top)
    {
        var y = top - 20;
        var payment = y;
        foreach (var (label, value) in _sheet.Payment)
        {
            page.DrawText(Left, payment, label, _bodyBold);
            page.DrawText(PaymentValueX, payment, page.Fit(value, _body, RightBlockX - ColumnGap - PaymentValueX), _body);
            payment -= LineHeight;
        }

        foreach (var (label, value) in _sheet.Amounts)
        {
            page.DrawText(RightBlockX, y, label, _body);
            page.DrawTextRight(Right - CellPadding, y, value, _body);
            y -= LineHeight;
        }

        var totalBottom = y - 10;
        page.StrokeRectangle(RightBlockX - CellPadding, totalBottom, Right - RightBlockX + CellPadding, 20, 0.75);
        page.DrawText(RightBlockX, totalBottom + 6, _labels.Total, _emphasis);
        page.DrawTextRight(Right - CellPadding, totalBottom + 6, _sheet.Total, _emphasis);
        return Math.Min(totalBottom, payment + LineHeight) - NotesGap;
    }

    private void DrawNotes(InvoiceCanvas page, double top, IReadOnlyList<string> lines)
    {
        var y = top;
        foreach (var line in lines)
        {
            page.DrawText(Left, y, line, _body);
            y -= LineHeight;
        }
    }

    /// <summary>The notes broken into lines as wide as the page's body, at spaces where there are any.</summary>
    private List<string> WrapNotes(InvoiceCanvas page)
    {
        var lines = new List<string>();
        foreach (var paragraph in _sheet.Notes)
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && page.Measure(candidate, _body) > Right - Left)
                {
                    lines.Add(line);
                    candidate = word;
                }

                // A word wider than the page on its own is cut, as names in the table are.
                line = page.Measure(candidate, _body) > Right - Left ? page.Fit(candidate, _body, Right - Left) : candidate;
            }

            if (line.Length > 0) lines.Add(line);
        }

        return lines;
    }

    // The gap above the totals, their rows (or the payment block's, when taller) and the boxed total; then the notes.
    private double TotalsHeight(IReadOnlyList<string> notes) =>
        20 + Math.Max(_sheet.Amounts.Count, _sheet.Payment.Count) * LineHeight + 10
        + (notes.Count == 0 ? 0 : NotesGap + notes.Count * LineHeight);

    private void DrawFooter(InvoiceCanvas page, string pageOf)
    {
        page.DrawLine(Left, FooterY + 10, Right, FooterY + 10, 0.25, gray: 0.5);
        page.DrawText(Left, FooterY, $"{_sheet.Title} {_sheet.Number}", _footer);
        page.DrawTextRight(Right, FooterY, pageOf, _footer);
    }

    /// <summary>Right edges of the number columns, each as wide as its widest cell, and what is left for the
    /// description.</summary>
    private TableColumns FitColumns(InvoiceCanvas page)
    {
        double Widest(string header, Func<InvoiceSheetRow, string> cell) => _sheet.Rows
            .Select(line => page.Measure(cell(line), _body))
            .Append(page.Measure(header, _bodyBold))
            .Max();

        var amountRight = Right - CellPadding;
        var unitPriceRight = amountRight - Widest(_labels.Amount, l => l.Amount) - ColumnGap;
        var quantityRight = unitPriceRight - Widest(_labels.UnitPrice, l => l.UnitPrice) - ColumnGap;
        var descriptionX = Left + CellPadding;
        var quantityLeft = quantityRight - Widest(_labels.Quantity, l => l.Quantity);
        return new TableColumns(descriptionX, quantityLeft - ColumnGap - descriptionX, quantityRight, unitPriceRight, amountRight);
    }

    private static XFont Font(double size, bool bold = false) =>
        new(InvoiceFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Embedded);

    private readonly record struct TableColumns(
        double DescriptionX, double DescriptionWidth, double QuantityRight, double UnitPriceRight, double AmountRight);
}
