namespace Orders.Domain.Orders;

/// <summary>One product of an order, with its quantity ledger: how many of the units ordered were canceled, shipped,
/// delivered, returned (received back, whatever their disposition) and refunded (by a pending or succeeded refund).
/// Only <see cref="Order"/> moves the ledger, and only within its caps.</summary>
public sealed class OrderLine
{
    internal OrderLine(string id, string productId, string productName, string? productImage, long unitPrice, int quantity)
    {
        Id = id;
        ProductId = productId;
        ProductName = productName;
        ProductImage = productImage;
        UnitPrice = unitPrice;
        Quantity = quantity;
        LineTotal = checked(unitPrice * quantity);
    }

    private OrderLine()
    {
        Id = ProductId = ProductName = null!;
    }

    public string Id { get; private set; }

    public string ProductId { get; private set; }

    /// <summary>The product's name when the order was placed.</summary>
    public string ProductName { get; private set; }

    /// <summary>The product's first image URL when the order was placed, if it had one.</summary>
    public string? ProductImage { get; private set; }

    /// <summary>Catalog price when the order was placed, in minor units.</summary>
    public long UnitPrice { get; private set; }

    /// <summary>The units ordered.</summary>
    public int Quantity { get; private set; }

    public long LineTotal { get; private set; }

    public int Canceled { get; private set; }

    public int Shipped { get; private set; }

    public int Delivered { get; private set; }

    public int Returned { get; private set; }

    public int Refunded { get; private set; }

    /// <summary>Units neither canceled nor shipped yet.</summary>
    public int Unshipped => Quantity - Canceled - Shipped;

    /// <summary>Units not (being) refunded yet.</summary>
    public int Refundable => Quantity - Refunded;

    /// <summary>An edit's new quantity, before anything of the line shipped or was refunded.</summary>
    internal void Requantify(int quantity)
    {
        if (Canceled + Shipped + Refunded > 0) throw new InvalidOperationException("Only a line nothing happened to yet is edited.");
        Quantity = quantity;
        LineTotal = checked(UnitPrice * quantity);
    }

    internal void CancelUnshipped() => Canceled += Unshipped;

    internal void Ship(int units) => Shipped = Checked(Shipped + units, Quantity - Canceled);

    internal void Deliver(int units) => Delivered = Checked(Delivered + units, Shipped);

    /// <summary>A pickup order's units are delivered without a shipment.</summary>
    internal void HandOver() => Delivered = Quantity - Canceled;

    internal void TakeBack(int units) => Returned = Checked(Returned + units, Delivered);

    internal void Refund(int units) => Refunded = Checked(Refunded + units, Quantity);

    internal void Unrefund(int units) => Refunded = Checked(Refunded - units, Quantity);

    // The aggregate checks every cap before it moves the ledger; reaching one here is a bug, never bad input.
    private static int Checked(int value, int cap) =>
        value >= 0 && value <= cap ? value : throw new InvalidOperationException($"Ledger value {value} is outside 0..{cap}.");
}
