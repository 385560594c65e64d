namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary>One of <c>refund.items</c>: units of one order line refunded and what they cost the customer (major units).</summary>
public sealed record EmailRefundItem(string OrderLineId, string ProductName, string? ProductImage, int Quantity, decimal Amount);
