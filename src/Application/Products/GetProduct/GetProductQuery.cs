namespace Orders.Application.Products.GetProduct;

public sealed record GetProductQuery(string Id);
