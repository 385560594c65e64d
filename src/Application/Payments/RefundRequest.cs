namespace Orders.Application.Payments;

/// <summary>The whole payment of one order, to be given back.</summary>
public sealed record RefundRequest(string OrderId, string IntentId, long Amount, string Currency);
