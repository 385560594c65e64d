using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Invoices;

public sealed record GetInvoiceQuery(OrderRef Order, UserContext User);
