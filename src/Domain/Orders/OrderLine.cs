namespace Orders.Domain.Orders;

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

    public int Quantity { get; private set; }

    public long LineTotal { get; private set; }
}
