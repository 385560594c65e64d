using Orders.Application.Invoices;

namespace Orders.Application.CreditNotes;

/// <summary>Everything a credit note shows, frozen in the save that issues it. Amounts are integer minor units of
/// <see cref="Currency"/>, signed as printed: what the customer is credited is negative (the refunded units, their tax,
/// the shipping and the adjustment), and the share of the order's discount those units had is positive, since the
/// customer never paid it. <see cref="Lines"/> hold the refunded units with a negative quantity and amount (units times
/// unit price, before discount and tax). Shipping and the adjustment carry no tax: the shop taxes the discounted
/// subtotal only, and an adjustment is a compensation, not a price. So <c>Subtotal + Discount + Tax + Shipping +
/// Adjustment = Total</c>, which is minus what the refund gives back.</summary>
public sealed record CreditNoteData(
    InvoiceParty Seller,
    string BuyerName,
    IReadOnlyList<string> BuyerAddressLines,
    string Number,
    DateOnly IssueDate,
    string InvoiceNumber,
    DateOnly InvoiceDate,
    string OrderNumber,
    string RefundId,
    IReadOnlyList<InvoiceLine> Lines,
    long Subtotal,
    long Discount,
    string? DiscountCode,
    long Tax,
    decimal TaxRatePercent,
    long Shipping,
    string ShippingMethod,
    long Adjustment,
    long Total,
    string? Reason,
    string Currency,
    string PaymentMethod,
    string Language);
