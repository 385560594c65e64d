namespace Orders.Application.Payments;

/// <summary>What an intent is opened for: the order's id and number (it is not saved yet) and its total in minor units.</summary>
public sealed record PaymentIntentRequest(string OrderId, string OrderNumber, long Amount, string Currency);
