namespace Orders.Infrastructure.Outbox;

/// <summary>How an edit changed one line: <see cref="PreviousQuantity"/> 0 when it added the line, <see cref="Quantity"/>
/// 0 when it removed it.</summary>
public sealed record WebhookEditChange(string OrderLineId, string ProductId, string ProductName, int PreviousQuantity, int Quantity);
