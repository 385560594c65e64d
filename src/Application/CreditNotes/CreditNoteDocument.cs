using Orders.Application.Common;
using Orders.Application.Invoices;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.CreditNotes;

/// <summary>What the credit note of a refund says: the invoice's seller and buyer, the invoice it corrects, and the
/// refund taken apart into units, their discount and tax, shipping and adjustment (see <see cref="CreditNoteData"/>),
/// in the shop's zone and language.</summary>
public sealed class CreditNoteDocument(ShopOptions shop, InvoiceDocument invoices)
{
    /// <param name="order">Its invoice numbered.</param>
    /// <param name="refund">A refund of <paramref name="order"/>.</param>
    /// <param name="lineTaxes">The tax included in each of the refund's lines (<see cref="Order.TaxIncludedIn"/>).</param>
    public CreditNoteData For(Order order, Refund refund, IReadOnlyList<long> lineTaxes, string number, DateTimeOffset issuedAt)
    {
        var invoice = invoices.For(order);
        var lines = refund.Lines.Select(u => (Unit: u, Line: order.Lines.Single(l => l.Id == u.OrderLineId))).ToList();
        var subtotal = lines.Sum(x => x.Unit.Quantity * x.Line.UnitPrice);
        var tax = lineTaxes.Sum();
        // What the units cost less their tax is their price less their share of the discount.
        var discount = subtotal - (lines.Sum(x => x.Unit.Amount) - tax);
        return new CreditNoteData(
            invoice.Seller, invoice.BuyerName, invoice.ShippingAddressLines, number, LocalDate(issuedAt),
            invoice.InvoiceNumber, invoice.InvoiceDate, invoice.OrderNumber, refund.Id,
            [.. lines.Select(x => new InvoiceLine(x.Line.ProductName, -x.Unit.Quantity, x.Line.UnitPrice, -x.Unit.Quantity * x.Line.UnitPrice))],
            -subtotal, discount, discount == 0 ? null : order.DiscountCode, -tax, order.TaxRatePercent, -refund.Shipping,
            order.ShippingMethod.ToSnakeCase(), -refund.Adjustment, -refund.Amount, refund.Reason, order.Currency,
            order.PaymentMethod.ToSnakeCase(), shop.Language);
    }

    private DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, shop.FindTimeZone()).DateTime);
}
