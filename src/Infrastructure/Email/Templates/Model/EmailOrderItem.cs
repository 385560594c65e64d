namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary>One of <c>order.items</c>; amounts in major units.</summary>
public sealed record EmailOrderItem(string ProductId, string ProductName, string? ProductImage, decimal UnitPrice, int Quantity, decimal LineTotal);
