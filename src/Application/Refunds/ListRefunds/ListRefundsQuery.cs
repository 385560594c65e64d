using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.ListRefunds;

public sealed record ListRefundsQuery(OrderRef Order, UserContext User);
