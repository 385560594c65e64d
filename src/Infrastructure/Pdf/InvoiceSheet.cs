using Orders.Application.Invoices;

namespace Orders.Infrastructure.Pdf;

/// <summary>One document as <see cref="InvoiceLayout"/> prints it, already worded and formatted in its language: an
/// invoice and a credit note are both made into one. <see cref="Details"/> sit beside the buyer, <see cref="Amounts"/>
/// above the boxed total, <see cref="Payment"/> beside them, and <see cref="Notes"/> (paragraphs, wrapped) below.</summary>
internal sealed record InvoiceSheet(
    InvoiceLabels Labels,
    string Title,
    string Number,
    InvoiceParty Seller,
    string BuyerName,
    IReadOnlyList<string> BuyerLines,
    IReadOnlyList<(string Label, string Value)> Details,
    IReadOnlyList<InvoiceSheetRow> Rows,
    IReadOnlyList<(string Label, string Value)> Amounts,
    string Total,
    IReadOnlyList<(string Label, string Value)> Payment,
    IReadOnlyList<string> Notes);
