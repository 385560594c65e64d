using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.RetryRefund;

/// <summary>An admin sends a failed refund out again; <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record RetryRefundCommand(OrderRef Order, UserContext User, string RefundId, int? ExpectedVersion = null);
