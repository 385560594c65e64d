namespace Orders.Domain.Orders;

/// <summary>What an edit did: the edit kept on the order, the stock it moves (the caller queues it for the save) and the
/// refund of a paid order whose total went down.</summary>
public sealed record OrderEditResult(OrderEdit Edit, IReadOnlyList<StockMove> Stock, Refund? Refund);
