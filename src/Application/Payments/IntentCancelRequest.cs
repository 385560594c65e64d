namespace Orders.Application.Payments;

/// <summary>The intent of an order that ended unpaid, to be canceled at its provider.</summary>
public sealed record IntentCancelRequest(string OrderId, string IntentId);
