namespace Orders.Domain.Orders;

/// <summary>How the customer pays, as recorded on the order; PSE is Colombia's online bank debit.</summary>
public enum PaymentMethod
{
    Card,
    CreditCard,
    DebitCard,
    Pse,
    BankTransfer,
    CashOnDelivery,
}
