namespace Orders.Application.Orders.ListOrders;

public enum OrderSort
{
    Newest,
    Oldest,
}
