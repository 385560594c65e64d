using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Outbox;

/// <summary>What an edit changed in the order's money, each figure new minus old, in major units.</summary>
public sealed record WebhookEditDifference(decimal Subtotal, decimal DiscountAmount, decimal Tax, decimal ShippingCost, decimal Total)
{
    public static WebhookEditDifference From(EditDifferenceDto difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        return new WebhookEditDifference(Money.Major(difference.Subtotal), Money.Major(difference.DiscountAmount), Money.Major(difference.Tax),
            Money.Major(difference.ShippingCost), Money.Major(difference.Total));
    }
}
