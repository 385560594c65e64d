namespace Orders.Application.Orders;

/// <summary>The <c>Orders</c> section of configuration.</summary>
public sealed class OrderOptions
{
    public const string Section = "Orders";

    /// <summary>How many orders a customer may hold that are pending with their payment not succeeded; the next placement
    /// is refused with <c>order.too_many_unpaid</c>. <c>0</c> means no limit.</summary>
    public int MaxUnpaidPerCustomer { get; set; } = 10;

    public IEnumerable<string> Problems()
    {
        if (MaxUnpaidPerCustomer < 0) yield return "Orders:MaxUnpaidPerCustomer must be 0 (no limit) or more.";
    }
}
