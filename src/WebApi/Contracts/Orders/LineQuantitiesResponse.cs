namespace Orders.WebApi.Contracts.Orders;

/// <summary>A line's quantity ledger (API.md, "After the sale").</summary>
public sealed record LineQuantitiesResponse(int Ordered, int Canceled, int Shipped, int Delivered, int Returned, int Refunded);
