namespace Orders.Domain.Orders;

/// <summary>Units of one line of a return, accounted for with one disposition.</summary>
public sealed record ReturnReceipt(string OrderLineId, int Quantity, ReturnDisposition Disposition);
