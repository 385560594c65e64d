using Orders.Domain.Orders;

namespace Orders.Infrastructure.Outbox;

/// <summary>An email about a shipment, a return or a refund of the order: the template (<c>shipment_created</c>,
/// <c>return_updated</c>, <c>refund_succeeded</c>) and the id the renderer finds it by on the order. A return's email
/// keeps the status it was written for (<see cref="ReturnStatus"/>): the return may have moved on by the time it is sent.</summary>
public sealed record AfterSaleEmail(string Template, string Id, ReturnStatus? ReturnStatus = null);
