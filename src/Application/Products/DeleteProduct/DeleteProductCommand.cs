namespace Orders.Application.Products.DeleteProduct;

public sealed record DeleteProductCommand(string Id);
