using Orders.Application.Orders;

namespace Orders.Application.Returns;

/// <summary>An order's returns, oldest first, with the order's version for the ETag.</summary>
public sealed record ReturnListAtVersion(IReadOnlyList<ReturnDto> Items, int OrderVersion);
