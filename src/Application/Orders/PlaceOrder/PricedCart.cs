using Orders.Domain.Discounts;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>The lines at the catalog's prices, and the discount to apply (checked usable now).</summary>
public sealed record PricedCart(IReadOnlyList<OrderLineDraft> Lines, Discount? Discount);
