namespace Orders.Domain.Orders;

/// <summary>Units of one order line in a return, and what has been accounted for of them so far.</summary>
public sealed class ReturnLine
{
    internal ReturnLine(string orderLineId, int quantity)
    {
        OrderLineId = orderLineId;
        Quantity = quantity;
    }

    private ReturnLine()
    {
        OrderLineId = null!;
    }

    public string OrderLineId { get; private set; }

    public int Quantity { get; private set; }

    public int Restocked { get; private set; }

    public int Damaged { get; private set; }

    public int Missing { get; private set; }

    /// <summary>Units accounted for, whatever their disposition.</summary>
    public int Received => Restocked + Damaged + Missing;

    public int Outstanding => Quantity - Received;

    internal void Account(int units, ReturnDisposition disposition)
    {
        if (units < 1 || units > Outstanding) throw new InvalidOperationException($"Cannot account for {units} of {Outstanding} outstanding units.");
        switch (disposition)
        {
            case ReturnDisposition.Restock: Restocked += units; break;
            case ReturnDisposition.Damaged: Damaged += units; break;
            default: Missing += units; break;
        }
    }
}
