namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary>What an email template sees, by these names in camelCase: <c>order</c>, <c>shop</c> and, for a status change,
/// <c>previousStatus</c> and <c>newStatus</c> (API names such as <c>in_preparation</c>) with the change's <c>note</c>.
/// A contract with every shop's own templates: rename nothing.</summary>
public sealed record EmailModel(EmailOrder Order, EmailShop Shop, string? PreviousStatus, string? NewStatus, string? Note);
