namespace Orders.Application.Orders.EditOrder;

/// <summary>What an edit answers: the order as the caller sees it after the edit (or as it would be, for a dry run), what
/// the edit changed in its totals, and the refund a paid order got. <paramref name="StoredVersion"/> is the order's
/// version as stored once this request is done: the new one, or the unchanged one after a dry run.</summary>
public sealed record EditOrderAnswer(OrderDto Order, EditDifferenceDto Difference, RefundDto? Refund, int StoredVersion, bool DryRun);
