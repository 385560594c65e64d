namespace Orders.Application.Orders.ExpireUnpaid;

/// <summary>An order the expiry sweep found: only its id, the aggregate is loaded to cancel it.</summary>
public sealed class ExpiringOrderDto
{
    public string Id { get; set; } = "";
}
