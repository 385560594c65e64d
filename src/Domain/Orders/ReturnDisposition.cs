namespace Orders.Domain.Orders;

/// <summary>What became of a unit a return accounts for: back on the shelf, back but unsellable, or never came back.
/// Only <see cref="Restock"/> moves stock.</summary>
public enum ReturnDisposition
{
    Restock,
    Damaged,
    Missing,
}
