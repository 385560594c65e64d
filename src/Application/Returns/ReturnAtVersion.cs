using Orders.Application.Orders;

namespace Orders.Application.Returns;

/// <summary>A return as a write or a read answers it, with the version its order has now: the ETag a client sends back
/// in <c>If-Match</c> on the next write to the order.</summary>
public sealed record ReturnAtVersion(string OrderId, ReturnDto Return, int OrderVersion);
