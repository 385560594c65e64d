namespace Orders.WebApi.Contracts.Refunds;

/// <summary>Units of one line a refund gives back and what they cost the customer, in major units.</summary>
public sealed record RefundLineResponse(string OrderLineId, int Quantity, decimal Amount);
