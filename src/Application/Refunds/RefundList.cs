using Orders.Application.Orders;

namespace Orders.Application.Refunds;

/// <summary>An order's refunds, oldest first, and the order's version (the ETag).</summary>
public sealed record RefundList(string OrderId, int OrderVersion, IReadOnlyList<RefundDto> Items);
