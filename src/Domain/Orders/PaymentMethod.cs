namespace Orders.Domain.Orders;

public enum PaymentMethod
{
    Card,
    BankTransfer,
    CashOnDelivery,
}
