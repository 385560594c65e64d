using System.Globalization;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Application.Orders;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>The invoice of a paid order as a PDF. The first download gives the order its number from a per-year
/// sequence (no gaps, no duplicates across concurrent requests); every later download renders the same document.</summary>
public sealed class GetInvoiceHandler(
    OrderAccess access, IOrderRepository orders, INumberSequences sequences, IInvoiceRenderer renderer, IUnitOfWork uow,
    ShopOptions shop, InvoiceOptions seller, TimeProvider clock)
{
    public async Task<Result<InvoiceFile>> HandleAsync(OrderRef orderRef, CancellationToken ct)
    {
        var loaded = await access.LoadVisibleAsync(orderRef, ct);
        if (!loaded.IsSuccess) return loaded.Failed();
        var order = loaded.Value;
        if (order.InvoiceNumber is null)
        {
            var assigned = await uow.InTransactionAsync<Order>(async ct => await AssignNumberAsync(orderRef, ct), ct);
            // Someone else's download numbered it first: theirs stands, and this request renders it.
            if (assigned.Status == ResultStatus.Conflict) assigned = await orders.FindAsync(orderRef, ct) is { InvoiceNumber: not null } o ? o : assigned;
            if (!assigned.IsSuccess) return assigned.Failed();
            order = assigned.Value;
        }

        return new InvoiceFile($"factura-{order.InvoiceNumber}.pdf", renderer.Render(ToInvoice(order)));
    }

    private async Task<Result<Order>> AssignNumberAsync(OrderRef orderRef, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderRef, ct);
        if (order is null) return OrderErrors.NotFound(orderRef);
        if (order.InvoiceNumber is not null) return order;
        if (!order.WasPaid) return Failure.Invalid("order.not_paid", $"Order {order.OrderNumber} has not been paid, so it has no invoice yet.");

        var now = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone()).Year;
        var sequence = await sequences.NextAsync(string.Create(CultureInfo.InvariantCulture, $"invoice:{year}"), ct);
        var assigned = order.AssignInvoiceNumber(string.Create(CultureInfo.InvariantCulture, $"FV-{year}-{sequence:D8}"), now);
        return !assigned.IsSuccess ? assigned.Failed() : order;
    }

    private InvoiceData ToInvoice(Order order)
    {
        var zone = shop.FindTimeZone();
        DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        var a = order.ShippingAddress;
        return new InvoiceData(
            new InvoiceParty(seller.SellerName, seller.SellerTaxId, seller.SellerAddress),
            a.FullName, [.. new[] { a.Street, $"{a.PostalCode} {a.City}".Trim(), a.Country, a.Phone }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)],
            order.InvoiceNumber!, order.OrderNumber, LocalDate(order.InvoicedAt!.Value), LocalDate(order.CreatedAt),
            [.. order.Lines.Select(l => new InvoiceLine(l.ProductName, l.Quantity, l.UnitPrice, l.LineTotal))],
            order.Subtotal, order.DiscountAmount, order.DiscountCode, order.Tax, shop.TaxRatePercent, order.ShippingCost, order.ShippingMethod.ToSnakeCase(), order.Total,
            order.Currency, order.PaymentMethod.ToSnakeCase(), order.TransactionId, shop.Language == "es" ? "es" : "en");
    }
}
