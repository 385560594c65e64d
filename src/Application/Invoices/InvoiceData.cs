namespace Orders.Application.Invoices;

/// <summary>Everything an invoice shows. Amounts are integer minor units (cents) of <see cref="Currency"/>, already
/// computed by the order: the renderer formats them and never recalculates. <see cref="Language"/> is "en" or "es"; <see cref="ShippingMethod"/> and <see cref="PaymentMethod"/> are the API's names
/// (<c>overnight</c>, <c>cash_on_delivery</c>).
/// </summary>
public sealed record InvoiceData(
    InvoiceParty Seller,
    string BuyerName,
    IReadOnlyList<string> ShippingAddressLines,
    string InvoiceNumber,
    string OrderNumber,
    DateOnly InvoiceDate,
    DateOnly OrderDate,
    IReadOnlyList<InvoiceLine> Lines,
    long Subtotal,
    long DiscountAmount,
    string? DiscountCode,
    long Tax,
    decimal TaxRatePercent,
    long ShippingCost,
    string ShippingMethod,
    long Total,
    string Currency,
    string PaymentMethod,
    string? TransactionId,
    string Language);
