using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>What an order's invoice says: the seller, the buyer's address, the lines and totals with the tax rate the
/// order was placed with, in the shop's zone and language.</summary>
public sealed class InvoiceDocument(ShopOptions shop, InvoiceOptions seller)
{
    public InvoiceData For(Order order)
    {
        var zone = shop.FindTimeZone();
        DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        var a = order.ShippingAddress;
        return new InvoiceData(
            new InvoiceParty(seller.SellerName, seller.SellerTaxId, seller.SellerAddress),
            a.FullName, [.. new[] { a.Street, $"{a.PostalCode} {a.City}".Trim(), a.Country, a.Phone }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)],
            order.InvoiceNumber!, order.OrderNumber, LocalDate(order.InvoicedAt!.Value), LocalDate(order.CreatedAt),
            [.. order.Lines.Select(l => new InvoiceLine(l.ProductName, l.Quantity, l.UnitPrice, l.LineTotal))],
            order.Subtotal, order.DiscountAmount, order.DiscountCode, order.Tax, order.TaxRatePercent, order.ShippingCost, order.ShippingMethod.ToSnakeCase(), order.Total,
            order.Currency, order.PaymentMethod.ToSnakeCase(), order.TransactionId, shop.Language);
    }
}
