namespace Orders.Infrastructure.Email.Templates;

/// <summary>The emails there are templates for; each has a subject, a text and an HTML part.</summary>
public static class EmailTemplateNames
{
    public const string OrderPlaced = "order_placed";
    public const string StatusChanged = "status_changed";
    public const string OrderCanceled = "order_canceled";
    public const string OrderRejected = "order_rejected";

    public static IReadOnlyList<string> All { get; } = [OrderPlaced, StatusChanged, OrderCanceled, OrderRejected];

    public static IReadOnlyList<string> Parts { get; } = ["subject", "text", "html"];
}
