using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>What an order's invoice says: the seller, the buyer's address, the lines and totals with the tax rate the
/// order was placed with, in the shop's zone and language.</summary>
public sealed class InvoiceDocument(ShopOptions shop, InvoiceOptions seller)
{
    public InvoiceData For(Order order) => Numbered(Content(order), order.InvoiceNumber!, order.InvoicedAt!.Value);

    /// <summary>What the invoice of the order says as the order stands now, before it has a number: taken before a change
    /// that must not show on it (an edit's refund issues the invoice of the order as it was paid).</summary>
    public InvoiceData Content(Order order)
    {
        var a = order.ShippingAddress;
        return new InvoiceData(
            new InvoiceParty(seller.SellerName, seller.SellerTaxId, seller.SellerAddress),
            a.FullName, [.. new[] { a.Street, $"{a.PostalCode} {a.City}".Trim(), a.Country, a.Phone }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)],
            "", order.OrderNumber, default, LocalDate(order.CreatedAt),
            [.. order.Lines.Select(l => new InvoiceLine(l.ProductName, l.Quantity, l.UnitPrice, l.LineTotal))],
            order.Subtotal, order.DiscountAmount, order.DiscountCode, order.Tax, order.TaxRatePercent, order.ShippingCost, order.ShippingMethod.ToSnakeCase(), order.Total,
            order.Currency, order.PaymentMethod.ToSnakeCase(), order.TransactionId, shop.Language);
    }

    /// <summary><paramref name="content"/> with the number and date it was issued under.</summary>
    public InvoiceData Numbered(InvoiceData content, string number, DateTimeOffset issuedAt) =>
        content with { InvoiceNumber = number, InvoiceDate = LocalDate(issuedAt) };

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, shop.FindTimeZone()).DateTime);
}
