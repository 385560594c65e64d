namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary>One of <c>return.items</c>: units of one order line in the return and what came back of them so far.</summary>
public sealed record EmailReturnItem(
    string OrderLineId, string ProductName, string? ProductImage, int Quantity, int Received, int Restocked, int Damaged, int Missing);
