using Orders.WebApi.Contracts.Orders;
using Orders.WebApi.Contracts.Refunds;

namespace Orders.WebApi.Contracts.Edits;

/// <summary>An edit's answer: the order after it, what it changed in the totals, and the refund a paid order got (null
/// when none).</summary>
public sealed record EditOrderResponse(OrderResponse Order, EditDifferenceResponse Difference, RefundResponse? Refund);
