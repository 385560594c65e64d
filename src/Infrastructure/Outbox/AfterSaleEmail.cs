using Orders.Domain.Orders;

namespace Orders.Infrastructure.Outbox;

/// <summary>An email about a shipment, a return, a refund, an edit or a customer note of the order: the template
/// (<c>shipment_created</c>, <c>return_updated</c>, <c>refund_succeeded</c>, <c>order_edited</c>, <c>note_added</c>) and
/// the id the renderer finds it by on the order (an edit, which has no id, by its number among the order's edits). A return's email
/// keeps the status it was written for (<see cref="ReturnStatus"/>): the return may have moved on by the time it is sent.</summary>
public sealed record AfterSaleEmail(string Template, string Id, ReturnStatus? ReturnStatus = null);
