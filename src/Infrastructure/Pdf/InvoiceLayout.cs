using Orders.Application.Invoices;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Orders.Infrastructure.Pdf;

/// <summary>Lays one invoice out on A4 pages: seller and title, bill-to and order details, the table of lines (flowing
/// over as many pages as it needs, its header repeated on each), totals and payment, and "Page X of Y" on every page.
/// Used once per document.</summary>
internal sealed class InvoiceLayout(PdfDocument document, InvoiceData invoice)
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

    private static readonly XPdfFontOptions Embedded = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    private readonly InvoiceData _invoice = invoice;
    private readonly InvoiceLabels _labels = InvoiceLabels.For(invoice.Language);
    private readonly List<InvoiceCanvas> _pages = [];
    // Fonts belong to this one document: PDFsharp does not promise that sharing them across threads is safe.
    private readonly XFont _body = Font(9);
    private readonly XFont _bodyBold = Font(9, bold: true);
    private readonly XFont _buyer = Font(10);
    private readonly XFont _continuation = Font(10, bold: true);
    private readonly XFont _seller = Font(14, bold: true);
    private readonly XFont _title = Font(20, bold: true);
    private readonly XFont _emphasis = Font(11, bold: true);
    private readonly XFont _footer = Font(8);

    public void Draw()
    {
        var page = AddPage();
        var columns = FitColumns(page);
        var y = DrawTableHeader(page, DrawFirstPageHeader(page), columns);
        foreach (var line in _invoice.Lines)
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
        if (y - TotalsHeight() < Bottom)
        {
            page = AddPage();
            y = DrawContinuationHeader(page);
        }

        DrawTotals(page, y);
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

    /// <summary>Seller, title and invoice number, then bill-to beside the order details. Returns where the table
    /// starts.</summary>
    private double DrawFirstPageHeader(InvoiceCanvas page)
    {
        var seller = Top - 14;
        page.DrawText(Left, seller, page.Fit(_invoice.Seller.Name, _seller, LeftBlockWidth), _seller);
        var sellerLines = _invoice.Seller.TaxId is null
            ? _invoice.Seller.AddressLines
            : [$"{_labels.TaxId}: {_invoice.Seller.TaxId}", .. _invoice.Seller.AddressLines];
        foreach (var text in sellerLines)
        {
            seller -= LineHeight;
            page.DrawText(Left, seller, page.Fit(text, _body, LeftBlockWidth), _body);
        }

        page.DrawTextRight(Right, Top - 18, _labels.Invoice, _title);
        page.DrawTextRight(Right, Top - 36, _invoice.InvoiceNumber, _emphasis);

        var blockTop = Math.Min(seller, Top - 36) - 30;
        var billTo = blockTop;
        page.DrawText(Left, billTo, _labels.BillTo, _bodyBold);
        billTo -= LineHeight;
        page.DrawText(Left, billTo, page.Fit(_invoice.BuyerName, _buyer, LeftBlockWidth), _buyer);
        foreach (var text in _invoice.ShippingAddressLines)
        {
            billTo -= LineHeight;
            page.DrawText(Left, billTo, page.Fit(text, _body, LeftBlockWidth), _body);
        }

        var details = blockTop;
        foreach (var (label, value) in new[]
        {
            (_labels.Date, _labels.FormatDate(_invoice.InvoiceDate)),
            (_labels.Order, _invoice.OrderNumber),
            (_labels.OrderDate, _labels.FormatDate(_invoice.OrderDate)),
        })
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
        page.DrawText(Left, Top - 10, page.Fit(_invoice.Seller.Name, _continuation, LeftBlockWidth), _continuation);
        page.DrawTextRight(Right, Top - 10, $"{_labels.Invoice} {_invoice.InvoiceNumber}", _continuation);
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

    private double DrawRow(InvoiceCanvas page, double top, InvoiceLine line, TableColumns columns)
    {
        var bottom = top - RowHeight;
        var baseline = bottom + 5;
        page.DrawText(columns.DescriptionX, baseline, page.Fit(line.Description, _body, columns.DescriptionWidth), _body);
        page.DrawTextRight(columns.QuantityRight, baseline, _labels.FormatQuantity(line.Quantity), _body);
        page.DrawTextRight(columns.UnitPriceRight, baseline, Money(line.UnitPrice), _body);
        page.DrawTextRight(columns.AmountRight, baseline, Money(line.LineTotal), _body);
        page.DrawLine(Left, bottom, Right, bottom, 0.25, gray: 0.75);
        return bottom;
    }

    /// <summary>Payment details on the left, amounts on the right, the total boxed and in bold.</summary>
    private void DrawTotals(InvoiceCanvas page, double top)
    {
        var y = top - 20;
        var payment = y;
        foreach (var (label, value) in PaymentRows())
        {
            page.DrawText(Left, payment, label, _bodyBold);
            page.DrawText(PaymentValueX, payment, page.Fit(value, _body, RightBlockX - ColumnGap - PaymentValueX), _body);
            payment -= LineHeight;
        }

        foreach (var (label, value) in AmountRows())
        {
            page.DrawText(RightBlockX, y, label, _body);
            page.DrawTextRight(Right - CellPadding, y, value, _body);
            y -= LineHeight;
        }

        var totalBottom = y - 10;
        page.StrokeRectangle(RightBlockX - CellPadding, totalBottom, Right - RightBlockX + CellPadding, 20, 0.75);
        page.DrawText(RightBlockX, totalBottom + 6, _labels.Total, _emphasis);
        page.DrawTextRight(Right - CellPadding, totalBottom + 6, Money(_invoice.Total), _emphasis);
    }

    private List<(string Label, string Value)> AmountRows()
    {
        var rows = new List<(string, string)> { (_labels.Subtotal, Money(_invoice.Subtotal)) };
        if (_invoice.DiscountAmount != 0)
        {
            var label = _invoice.DiscountCode is null ? _labels.Discount : $"{_labels.Discount} ({_invoice.DiscountCode})";
            rows.Add((label, Money(-_invoice.DiscountAmount)));
        }

        rows.Add(($"{_labels.Tax} ({_labels.FormatPercent(_invoice.TaxRatePercent)})", Money(_invoice.Tax)));
        rows.Add(($"{_labels.Shipping} ({_labels.ShippingMethods.GetValueOrDefault(_invoice.ShippingMethod, _invoice.ShippingMethod)})",
            Money(_invoice.ShippingCost)));
        return rows;
    }

    private List<(string Label, string Value)> PaymentRows()
    {
        var rows = new List<(string, string)> { (_labels.Currency, _invoice.Currency), (_labels.Payment, _labels.PaymentMethods.GetValueOrDefault(_invoice.PaymentMethod, _invoice.PaymentMethod)) };
        if (_invoice.TransactionId is not null) rows.Add((_labels.Transaction, _invoice.TransactionId));
        return rows;
    }

    // The gap above the totals, their rows and the boxed total; the payment block beside them is never taller.
    private double TotalsHeight() => 20 + (_invoice.DiscountAmount != 0 ? 4 : 3) * LineHeight + 10;

    private void DrawFooter(InvoiceCanvas page, string pageOf)
    {
        page.DrawLine(Left, FooterY + 10, Right, FooterY + 10, 0.25, gray: 0.5);
        page.DrawText(Left, FooterY, $"{_labels.Invoice} {_invoice.InvoiceNumber}", _footer);
        page.DrawTextRight(Right, FooterY, pageOf, _footer);
    }

    /// <summary>Right edges of the number columns, each as wide as its widest cell, and what is left for the
    /// description.</summary>
    private TableColumns FitColumns(InvoiceCanvas page)
    {
        double Widest(string header, Func<InvoiceLine, string> cell) => _invoice.Lines
            .Select(line => page.Measure(cell(line), _body))
            .Append(page.Measure(header, _bodyBold))
            .Max();

        var amountRight = Right - CellPadding;
        var unitPriceRight = amountRight - Widest(_labels.Amount, l => Money(l.LineTotal)) - ColumnGap;
        var quantityRight = unitPriceRight - Widest(_labels.UnitPrice, l => Money(l.UnitPrice)) - ColumnGap;
        var descriptionX = Left + CellPadding;
        var quantityLeft = quantityRight - Widest(_labels.Quantity, l => _labels.FormatQuantity(l.Quantity));
        return new TableColumns(descriptionX, quantityLeft - ColumnGap - descriptionX, quantityRight, unitPriceRight, amountRight);
    }

    private string Money(long minor) => _labels.FormatMoney(minor, _invoice.Currency);

    private static XFont Font(double size, bool bold = false) =>
        new(InvoiceFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Embedded);

    private readonly record struct TableColumns(
        double DescriptionX, double DescriptionWidth, double QuantityRight, double UnitPriceRight, double AmountRight);
}
