namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary>What an email template sees, by these names in camelCase: <c>order</c>, <c>shop</c> and, for a status change,
/// <c>previousStatus</c> and <c>newStatus</c> (API names such as <c>in_preparation</c>) with the change's <c>note</c>; an
/// email about what happens after the sale sees the <c>shipment</c>, <c>return</c> or <c>refund</c> it is about; an
/// edit's email its <c>edit</c> (and the <c>refund</c> it gave, if any); a customer note's email the note's text as
/// <c>note</c>.
/// A contract with every shop's own templates: rename nothing.</summary>
public sealed record EmailModel(EmailOrder Order, EmailShop Shop, string? PreviousStatus, string? NewStatus, string? Note)
{
    /// <summary><c>shipment</c>, in <c>shipment_created</c>.</summary>
    public EmailShipment? Shipment { get; init; }

    /// <summary><c>return</c>, in <c>return_updated</c>.</summary>
    public EmailReturn? Return { get; init; }

    /// <summary><c>refund</c>, in <c>refund_succeeded</c>.</summary>
    public EmailRefund? Refund { get; init; }

    /// <summary><c>edit</c>, in <c>order_edited</c>.</summary>
    public EmailEdit? Edit { get; init; }
}
