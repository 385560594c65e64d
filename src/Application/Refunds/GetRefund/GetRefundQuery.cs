using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.GetRefund;

public sealed record GetRefundQuery(OrderRef Order, UserContext User, string RefundId);
