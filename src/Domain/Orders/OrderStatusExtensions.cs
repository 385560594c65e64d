namespace Orders.Domain.Orders;

public static class OrderStatusExtensions
{
    /// <summary>The API's name of a status: <c>in_preparation</c>.</summary>
    public static string ToSnakeCase(this OrderStatus status) => status switch
    {
        OrderStatus.InPreparation => "in_preparation",
        _ => status.ToString().ToLowerInvariant(),
    };
}
