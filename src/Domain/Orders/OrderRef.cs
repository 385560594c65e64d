namespace Orders.Domain.Orders;

/// <summary>How a route names an order: by its id or by its order number.</summary>
public readonly record struct OrderRef(string Value)
{
    public bool IsNumber => OrderNumber.IsValid(Value);

    public static OrderRef Parse(string value) => new(value.Trim());

    public override string ToString() => Value;
}
