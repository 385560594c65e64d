using Orders.WebApi.Contracts.Orders;

namespace Orders.WebApi.Contracts.Edits;

/// <summary>A dry run's answer: the order as the edit would leave it, and what it would change in the totals. Nothing
/// was saved.</summary>
public sealed record EditPreviewResponse(OrderResponse Order, EditDifferenceResponse Difference);
