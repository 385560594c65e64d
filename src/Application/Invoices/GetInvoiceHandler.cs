using System.Globalization;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Application.Orders;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

/// <summary>The invoice of a paid order as a PDF. The first download gives the order its number from a per-year
/// sequence (no gaps, no duplicates across concurrent requests) and issues the document once, in the same transaction;
/// every later download gets that document back.</summary>
public sealed class GetInvoiceHandler(
    OrderAccess access, IOrderRepository orders, INumberSequences sequences, IInvoiceRenderer renderer, IInvoiceArchive archive,
    IUnitOfWork uow, ShopOptions shop, InvoiceOptions seller, TimeProvider clock)
{
    public async Task<Result<InvoiceFile>> HandleAsync(OrderRef orderRef, CancellationToken ct)
    {
        var loaded = await access.LoadVisibleAsync(orderRef, ct);
        if (!loaded.IsSuccess) return loaded.Failed();
        if (await archive.FindAsync(loaded.Value.Id, ct) is { } issued) return issued.ToFile();

        var issuing = await uow.InTransactionAsync<IssuedInvoice>(async ct => await IssueAsync(orderRef, ct), ct);
        // Someone else's download issued it first: theirs stands.
        if (issuing.Status == ResultStatus.Conflict && await archive.FindAsync(loaded.Value.Id, ct) is { } theirs) return theirs.ToFile();
        return issuing.IsSuccess ? issuing.Value.ToFile() : issuing.Failed();
    }

    private async Task<Result<IssuedInvoice>> IssueAsync(OrderRef orderRef, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderRef, ct);
        if (order is null) return OrderErrors.NotFound(orderRef);
        if (await archive.FindAsync(order.Id, ct) is { } issued) return issued;
        if (!order.WasPaid) return Failure.Invalid("order.not_paid", $"Order {order.OrderNumber} has not been paid, so it has no invoice yet.");

        var now = clock.GetUtcNow();
        if (order.InvoiceNumber is null)
        {
            var year = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone()).Year;
            var sequence = await sequences.NextAsync(string.Create(CultureInfo.InvariantCulture, $"invoice:{year}"), ct);
            var assigned = order.AssignInvoiceNumber(string.Create(CultureInfo.InvariantCulture, $"FV-{year}-{sequence:D8}"), now);
            if (!assigned.IsSuccess) return assigned.Failed();
        }

        var invoice = new IssuedInvoice(order.Id, order.InvoiceNumber!, renderer.Render(ToInvoice(order)), now);
        archive.Add(invoice);
        return invoice;
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
            order.Currency, order.PaymentMethod.ToSnakeCase(), order.TransactionId, shop.Language);
    }
}
