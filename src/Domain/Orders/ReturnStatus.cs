namespace Orders.Domain.Orders;

public enum ReturnStatus
{
    Requested,
    Approved,
    Declined,
    Canceled,
    PartiallyReceived,
    Received,
}
