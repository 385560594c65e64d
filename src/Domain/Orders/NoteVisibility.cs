namespace Orders.Domain.Orders;

/// <summary>Who reads a note: the admins only, or the customer too.</summary>
public enum NoteVisibility
{
    Internal,
    Customer,
}
