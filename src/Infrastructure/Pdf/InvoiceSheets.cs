using Orders.Application.CreditNotes;
using Orders.Application.Invoices;

namespace Orders.Infrastructure.Pdf;

/// <summary>Words and formats an invoice or a credit note for <see cref="InvoiceLayout"/>. Only formats: every amount
/// was computed when the document was issued.</summary>
internal static class InvoiceSheets
{
    public static InvoiceSheet Of(InvoiceData invoice)
    {
        var labels = InvoiceLabels.For(invoice.Language);
        string Money(long minor) => labels.FormatMoney(minor, invoice.Currency);
        var amounts = new List<(string, string)> { (labels.Subtotal, Money(invoice.Subtotal)) };
        if (invoice.DiscountAmount != 0)
        {
            var label = invoice.DiscountCode is null ? labels.Discount : $"{labels.Discount} ({invoice.DiscountCode})";
            amounts.Add((label, Money(-invoice.DiscountAmount)));
        }

        amounts.Add(($"{labels.Tax} ({labels.FormatPercent(invoice.TaxRatePercent)})", Money(invoice.Tax)));
        amounts.Add((ShippingLabel(labels, invoice.ShippingMethod), Money(invoice.ShippingCost)));

        var payment = new List<(string, string)> { (labels.Currency, invoice.Currency), (labels.Payment, PaymentMethod(labels, invoice.PaymentMethod)) };
        if (invoice.TransactionId is not null) payment.Add((labels.Transaction, invoice.TransactionId));

        return new InvoiceSheet(
            labels, labels.Invoice, invoice.InvoiceNumber, invoice.Seller, invoice.BuyerName, invoice.ShippingAddressLines,
            [
                (labels.Date, labels.FormatDate(invoice.InvoiceDate)),
                (labels.Order, invoice.OrderNumber),
                (labels.OrderDate, labels.FormatDate(invoice.OrderDate)),
            ],
            [.. invoice.Lines.Select(l => new InvoiceSheetRow(l.Description, labels.FormatQuantity(l.Quantity), Money(l.UnitPrice), Money(l.LineTotal)))],
            amounts, Money(invoice.Total), payment, []);
    }

    public static InvoiceSheet Of(CreditNoteData note)
    {
        var labels = InvoiceLabels.For(note.Language);
        string Money(long minor) => labels.FormatMoney(minor, note.Currency);
        var amounts = new List<(string, string)> { (labels.Subtotal, Money(note.Subtotal)) };
        if (note.Discount != 0)
            amounts.Add((note.DiscountCode is null ? labels.Discount : $"{labels.Discount} ({note.DiscountCode})", Money(note.Discount)));
        amounts.Add(($"{labels.Tax} ({labels.FormatPercent(note.TaxRatePercent)})", Money(note.Tax)));
        if (note.Shipping != 0) amounts.Add((ShippingLabel(labels, note.ShippingMethod), Money(note.Shipping)));
        if (note.Adjustment != 0) amounts.Add((labels.Adjustment, Money(note.Adjustment)));

        return new InvoiceSheet(
            labels, labels.CreditNote, note.Number, note.Seller, note.BuyerName, note.BuyerAddressLines,
            [
                (labels.Date, labels.FormatDate(note.IssueDate)),
                (labels.CorrectedInvoice, note.InvoiceNumber),
                (labels.InvoiceDate, labels.FormatDate(note.InvoiceDate)),
                (labels.Order, note.OrderNumber),
            ],
            [.. note.Lines.Select(l => new InvoiceSheetRow(l.Description, labels.FormatQuantity(l.Quantity), Money(l.UnitPrice), Money(l.LineTotal)))],
            amounts, Money(note.Total),
            [(labels.Currency, note.Currency), (labels.Payment, PaymentMethod(labels, note.PaymentMethod)), (labels.Refund, note.RefundId)],
            note.Reason is null ? [] : [$"{labels.Reason}: {note.Reason}"]);
    }

    private static string ShippingLabel(InvoiceLabels labels, string method) =>
        $"{labels.Shipping} ({labels.ShippingMethods.GetValueOrDefault(method, method)})";

    private static string PaymentMethod(InvoiceLabels labels, string method) => labels.PaymentMethods.GetValueOrDefault(method, method);
}
