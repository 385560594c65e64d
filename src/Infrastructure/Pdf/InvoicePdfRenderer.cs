using Orders.Application.Invoices;

namespace Orders.Infrastructure.Pdf;

/// <summary>Lays an invoice out on A4 pages: seller and title, bill-to and order details, the table of lines (flowing
/// over as many pages as it needs, its header repeated on each), totals and payment, and "Page X of Y" on every page.
/// Stateless and safe to share.</summary>
public sealed class InvoicePdfRenderer : IInvoiceRenderer
{
    private const PdfFont Regular = PdfFont.Helvetica;
    private const PdfFont Bold = PdfFont.HelveticaBold;

    private const double Left = 50;
    private const double Right = PdfPage.Width - 50;
    private const double Top = PdfPage.Height - 50;
    // Body content stays above this line; the footer sits below it.
    private const double Bottom = 60;
    private const double FooterY = 30;
    private const double BodySize = 9;
    private const double LineHeight = 13;
    private const double RowHeight = 16;
    private const double HeaderRowHeight = 18;
    private const double CellPadding = 4;
    private const double ColumnGap = 14;
    // Left edge of the order details and totals, which share the right-hand side of the page.
    private const double RightBlockX = 330;
    private const double LeftBlockWidth = RightBlockX - Left - ColumnGap;
    private const double PaymentValueX = Left + 70;

    public byte[] Render(InvoiceData invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var labels = InvoiceLabels.For(invoice.Language);
        var document = new PdfDocument(
            $"{labels.Invoice} {invoice.InvoiceNumber}", invoice.Seller.Name,
            new DateTimeOffset(invoice.InvoiceDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

        var page = document.AddPage();
        var columns = FitColumns(invoice, labels);
        var y = DrawTableHeader(page, DrawFirstPageHeader(page, invoice, labels), columns, labels);
        foreach (var line in invoice.Lines)
        {
            if (y - RowHeight < Bottom)
            {
                page.DrawLine(Left, y, Right, y, 0.75);
                page = document.AddPage();
                y = DrawTableHeader(page, DrawContinuationHeader(page, invoice, labels), columns, labels);
            }

            y = DrawRow(page, y, line, columns, invoice.Currency, labels);
        }

        page.DrawLine(Left, y, Right, y, 0.75);
        if (y - TotalsHeight(invoice) < Bottom)
        {
            page = document.AddPage();
            y = DrawContinuationHeader(page, invoice, labels);
        }

        DrawTotals(page, y, invoice, labels);
        for (var i = 0; i < document.Pages.Count; i++)
            DrawFooter(document.Pages[i], labels.FormatPage(i + 1, document.Pages.Count), invoice, labels);

        return document.ToArray();
    }

    /// <summary>Seller, title and invoice number, then bill-to beside the order details. Returns where the table
    /// starts.</summary>
    private static double DrawFirstPageHeader(PdfPage page, InvoiceData invoice, InvoiceLabels labels)
    {
        var seller = Top - 14;
        page.DrawText(Left, seller, Fit(invoice.Seller.Name, Bold, 14, LeftBlockWidth), Bold, 14);
        var sellerLines = invoice.Seller.TaxId is null
            ? invoice.Seller.AddressLines
            : [$"{labels.TaxId}: {invoice.Seller.TaxId}", .. invoice.Seller.AddressLines];
        foreach (var text in sellerLines)
        {
            seller -= LineHeight;
            page.DrawText(Left, seller, Fit(text, Regular, BodySize, LeftBlockWidth), Regular, BodySize);
        }

        page.DrawTextRight(Right, Top - 18, labels.Invoice, Bold, 20);
        page.DrawTextRight(Right, Top - 36, invoice.InvoiceNumber, Bold, 11);

        var blockTop = Math.Min(seller, Top - 36) - 30;
        var billTo = blockTop;
        page.DrawText(Left, billTo, labels.BillTo, Bold, BodySize);
        billTo -= LineHeight;
        page.DrawText(Left, billTo, Fit(invoice.BuyerName, Regular, 10, LeftBlockWidth), Regular, 10);
        foreach (var text in invoice.ShippingAddressLines)
        {
            billTo -= LineHeight;
            page.DrawText(Left, billTo, Fit(text, Regular, BodySize, LeftBlockWidth), Regular, BodySize);
        }

        var details = blockTop;
        foreach (var (label, value) in new[]
        {
            (labels.Date, labels.FormatDate(invoice.InvoiceDate)),
            (labels.Order, invoice.OrderNumber),
            (labels.OrderDate, labels.FormatDate(invoice.OrderDate)),
        })
        {
            page.DrawText(RightBlockX, details, label, Bold, BodySize);
            page.DrawTextRight(Right, details, value, Regular, BodySize);
            details -= LineHeight;
        }

        return Math.Min(billTo, details) - 24;
    }

    /// <summary>A short header for the pages after the first. Returns where the body starts.</summary>
    private static double DrawContinuationHeader(PdfPage page, InvoiceData invoice, InvoiceLabels labels)
    {
        page.DrawText(Left, Top - 10, Fit(invoice.Seller.Name, Bold, 10, LeftBlockWidth), Bold, 10);
        page.DrawTextRight(Right, Top - 10, $"{labels.Invoice} {invoice.InvoiceNumber}", Bold, 10);
        page.DrawLine(Left, Top - 18, Right, Top - 18, 0.5);
        return Top - 34;
    }

    private static double DrawTableHeader(PdfPage page, double top, TableColumns columns, InvoiceLabels labels)
    {
        var bottom = top - HeaderRowHeight;
        page.FillRectangle(Left, bottom, Right - Left, HeaderRowHeight, 0.9);
        var baseline = bottom + 6;
        page.DrawText(columns.DescriptionX, baseline, labels.Description, Bold, BodySize);
        page.DrawTextRight(columns.QuantityRight, baseline, labels.Quantity, Bold, BodySize);
        page.DrawTextRight(columns.UnitPriceRight, baseline, labels.UnitPrice, Bold, BodySize);
        page.DrawTextRight(columns.AmountRight, baseline, labels.Amount, Bold, BodySize);
        page.DrawLine(Left, bottom, Right, bottom, 0.75);
        return bottom;
    }

    private static double DrawRow(
        PdfPage page, double top, InvoiceLine line, TableColumns columns, string currency, InvoiceLabels labels)
    {
        var bottom = top - RowHeight;
        var baseline = bottom + 5;
        page.DrawText(columns.DescriptionX, baseline, Fit(line.Description, Regular, BodySize, columns.DescriptionWidth),
            Regular, BodySize);
        page.DrawTextRight(columns.QuantityRight, baseline, labels.FormatQuantity(line.Quantity), Regular, BodySize);
        page.DrawTextRight(columns.UnitPriceRight, baseline, labels.FormatMoney(line.UnitPrice, currency), Regular, BodySize);
        page.DrawTextRight(columns.AmountRight, baseline, labels.FormatMoney(line.LineTotal, currency), Regular, BodySize);
        page.DrawLine(Left, bottom, Right, bottom, 0.25, gray: 0.75);
        return bottom;
    }

    /// <summary>Payment details on the left, amounts on the right, the total boxed and in bold.</summary>
    private static void DrawTotals(PdfPage page, double top, InvoiceData invoice, InvoiceLabels labels)
    {
        var y = top - 20;
        var payment = y;
        foreach (var (label, value) in PaymentRows(invoice, labels))
        {
            page.DrawText(Left, payment, label, Bold, BodySize);
            page.DrawText(PaymentValueX, payment, Fit(value, Regular, BodySize, RightBlockX - ColumnGap - PaymentValueX),
                Regular, BodySize);
            payment -= LineHeight;
        }

        foreach (var (label, value) in AmountRows(invoice, labels))
        {
            page.DrawText(RightBlockX, y, label, Regular, BodySize);
            page.DrawTextRight(Right - CellPadding, y, value, Regular, BodySize);
            y -= LineHeight;
        }

        var totalBottom = y - 10;
        page.StrokeRectangle(RightBlockX - CellPadding, totalBottom, Right - RightBlockX + CellPadding, 20, 0.75);
        page.DrawText(RightBlockX, totalBottom + 6, labels.Total, Bold, 11);
        page.DrawTextRight(Right - CellPadding, totalBottom + 6, labels.FormatMoney(invoice.Total, invoice.Currency), Bold, 11);
    }

    private static List<(string Label, string Value)> AmountRows(InvoiceData invoice, InvoiceLabels labels)
    {
        string Money(long minor) => labels.FormatMoney(minor, invoice.Currency);
        var rows = new List<(string, string)> { (labels.Subtotal, Money(invoice.Subtotal)) };
        if (invoice.DiscountAmount != 0)
        {
            var label = invoice.DiscountCode is null ? labels.Discount : $"{labels.Discount} ({invoice.DiscountCode})";
            rows.Add((label, Money(-invoice.DiscountAmount)));
        }

        rows.Add(($"{labels.Tax} ({labels.FormatPercent(invoice.TaxRatePercent)})", Money(invoice.Tax)));
        rows.Add((labels.Shipping, Money(invoice.ShippingCost)));
        return rows;
    }

    private static List<(string Label, string Value)> PaymentRows(InvoiceData invoice, InvoiceLabels labels)
    {
        var rows = new List<(string, string)> { (labels.Currency, invoice.Currency), (labels.Payment, invoice.PaymentMethod) };
        if (invoice.TransactionId is not null) rows.Add((labels.Transaction, invoice.TransactionId));
        return rows;
    }

    // The gap above the totals, their rows and the boxed total; the payment block beside them is never taller.
    private static double TotalsHeight(InvoiceData invoice) =>
        20 + (invoice.DiscountAmount != 0 ? 4 : 3) * LineHeight + 10;

    private static void DrawFooter(PdfPage page, string pageOf, InvoiceData invoice, InvoiceLabels labels)
    {
        page.DrawLine(Left, FooterY + 10, Right, FooterY + 10, 0.25, gray: 0.5);
        page.DrawText(Left, FooterY, $"{labels.Invoice} {invoice.InvoiceNumber}", Regular, 8);
        page.DrawTextRight(Right, FooterY, pageOf, Regular, 8);
    }

    /// <summary>Right edges of the number columns, each as wide as its widest cell, and what is left for the
    /// description.</summary>
    private static TableColumns FitColumns(InvoiceData invoice, InvoiceLabels labels)
    {
        double Widest(string header, Func<InvoiceLine, string> cell) => invoice.Lines
            .Select(line => StandardFontMetrics.Measure(cell(line), Regular, BodySize))
            .Append(StandardFontMetrics.Measure(header, Bold, BodySize))
            .Max();

        var currency = invoice.Currency;
        var amountRight = Right - CellPadding;
        var unitPriceRight = amountRight - Widest(labels.Amount, l => labels.FormatMoney(l.LineTotal, currency)) - ColumnGap;
        var quantityRight = unitPriceRight - Widest(labels.UnitPrice, l => labels.FormatMoney(l.UnitPrice, currency)) - ColumnGap;
        var descriptionX = Left + CellPadding;
        var quantityLeft = quantityRight - Widest(labels.Quantity, l => labels.FormatQuantity(l.Quantity));
        return new TableColumns(descriptionX, quantityLeft - ColumnGap - descriptionX, quantityRight, unitPriceRight, amountRight);
    }

    private static string Fit(string text, PdfFont font, double size, double width) =>
        StandardFontMetrics.Truncate(text, font, size, width);

    private readonly record struct TableColumns(
        double DescriptionX, double DescriptionWidth, double QuantityRight, double UnitPriceRight, double AmountRight);
}
