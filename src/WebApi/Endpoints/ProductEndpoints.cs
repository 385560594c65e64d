using System.Security.Claims;
using Orders.Application.Products;
using Orders.Application.Products.CreateProduct;
using Orders.Application.Products.DeleteProduct;
using Orders.Application.Products.GetProduct;
using Orders.Application.Products.ListProducts;
using Orders.Application.Products.UpdateProduct;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Products;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/products").WithTags("Products");

        group.MapGet("/", async (int? page, int? limit, string? q, bool? includeInactive, ClaimsPrincipal user, ListProductsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListProductsQuery(page, limit, q, includeInactive == true, user.FindContext()), ct))
                    .ToHttp(list => TypedResults.Ok(list.ToResponse<ProductDto, ProductResponse>())))
            .AllowAnonymous()
            .WithName("ListProducts")
            .WithSummary("Active products by name; admins may add includeInactive=true.")
            .Produces<PagedResponse<ProductResponse>>();

        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, GetProductHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new GetProductQuery(id, user.FindContext()), ct)).ToHttp(p => TypedResults.Ok(p.ToResponse<ProductResponse>())))
            .AllowAnonymous()
            .WithName("GetProduct")
            .Produces<ProductResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (ProductRequest body, CreateProductHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new CreateProductCommand(body.Name, body.Description, body.Price, body.Stock, body.Images, body.Active), ct))
                    .ToHttp(p => TypedResults.Created($"/api/products/{p.Id}", p.ToResponse<ProductResponse>())))
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .WithName("CreateProduct")
            .Produces<ProductResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        group.MapPatch("/{id}", async (string id, ProductRequest body, UpdateProductHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new UpdateProductCommand(id, body.Name, body.Description, body.Price, body.Stock, body.Images, body.Active), ct))
                    .ToHttp(p => TypedResults.Ok(p.ToResponse<ProductResponse>())))
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .WithName("UpdateProduct")
            .WithSummary("Change the fields given; absent or null fields keep their value.")
            .Produces<ProductResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id}", async (string id, DeleteProductHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new DeleteProductCommand(id), ct)).ToHttp(() => TypedResults.NoContent()))
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .WithName("DeleteProduct")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
