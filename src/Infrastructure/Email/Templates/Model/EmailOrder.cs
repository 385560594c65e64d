using System.Globalization;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary><c>order</c> in templates: the API's Order object without what a customer's inbox must not hold (payment
/// intents and secrets). Money in major units with two decimals; statuses and methods by their API names;
/// <see cref="EstimatedDeliveryDate"/> as <c>yyyy-MM-dd</c>, which Liquid's <c>date</c> filter reads.</summary>
public sealed record EmailOrder(
    string Id,
    string OrderNumber,
    string Status,
    IReadOnlyList<EmailOrderItem> Items,
    decimal Subtotal,
    string? DiscountCode,
    decimal DiscountAmount,
    decimal Tax,
    decimal ShippingCost,
    decimal Total,
    string Currency,
    EmailShippingAddress ShippingAddress,
    string ShippingMethod,
    string? ShippingCarrier,
    string? TrackingNumber,
    EmailPayment Payment,
    string? InvoiceNumber,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? CanceledAt,
    string? CancelReason,
    string? EstimatedDeliveryDate)
{
    public static EmailOrder From(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var a = order.ShippingAddress;
        return new EmailOrder(
            order.Id, order.OrderNumber, order.Status.ToSnakeCase(),
            [.. order.Lines.Select(l => new EmailOrderItem(l.ProductId, l.ProductName, l.ProductImage, Money.Major(l.UnitPrice), l.Quantity, Money.Major(l.LineTotal)))],
            Money.Major(order.Subtotal), order.DiscountCode, Money.Major(order.DiscountAmount), Money.Major(order.Tax), Money.Major(order.ShippingCost),
            Money.Major(order.Total), order.Currency,
            new EmailShippingAddress(a.FullName, a.Street, a.City, a.PostalCode, a.Country, a.Phone),
            order.ShippingMethod.ToSnakeCase(), order.ShippingCarrier, order.TrackingNumber,
            new EmailPayment(order.PaymentMethod.ToSnakeCase(), order.PaymentStatus.ToSnakeCase(), order.TransactionId, order.PaidAt),
            order.InvoiceNumber, order.CreatedAt, order.PaidAt, order.ShippedAt, order.DeliveredAt, order.CanceledAt,
            order.CancelReason, order.EstimatedDeliveryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
