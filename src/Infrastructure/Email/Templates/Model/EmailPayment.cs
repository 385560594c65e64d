namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary><c>order.payment</c>: method and status as the API names them (<c>card</c>, <c>succeeded</c>).</summary>
public sealed record EmailPayment(string Method, string Status, string? TransactionId, DateTimeOffset? PaidAt);
