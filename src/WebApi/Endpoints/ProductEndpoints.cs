using System.Security.Claims;
using Orders.Application.Common;
using Orders.Application.Products;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/products").WithTags("Products");

        group.MapGet("/", async (int? page, int? limit, string? q, bool? includeInactive, ClaimsPrincipal user, ProductHandlers handlers, CancellationToken ct) =>
                (await handlers.ListAsync(page, limit, q, includeInactive == true && IsAdmin(user), ct)).ToHttp(list => TypedResults.Ok(list)))
            .WithName("ListProducts")
            .WithSummary("Active products by name; admins may add includeInactive=true.")
            .Produces<PagedList<ProductDto>>();

        group.MapGet("/{id}", async (string id, ClaimsPrincipal user, ProductHandlers handlers, CancellationToken ct) =>
                (await handlers.GetAsync(id, IsAdmin(user), ct)).ToHttp(p => TypedResults.Ok(p)))
            .WithName("GetProduct")
            .Produces<ProductDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (ProductInput body, ProductHandlers handlers, CancellationToken ct) =>
                (await handlers.CreateAsync(body, ct)).ToHttp(p => TypedResults.Created($"/api/products/{p.Id}", p)))
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .WithName("CreateProduct")
            .Produces<ProductDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        group.MapPatch("/{id}", async (string id, ProductInput body, ProductHandlers handlers, CancellationToken ct) =>
                (await handlers.UpdateAsync(id, body, ct)).ToHttp(p => TypedResults.Ok(p)))
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .WithName("UpdateProduct")
            .WithSummary("Change the fields given; absent or null fields keep their value.")
            .Produces<ProductDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id}", async (string id, ProductHandlers handlers, CancellationToken ct) =>
                (await handlers.DeleteAsync(id, ct)).ToHttp(() => TypedResults.NoContent()))
            .RequireAuthorization(AuthSetup.AdminPolicy)
            .WithName("DeleteProduct")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    private static bool IsAdmin(ClaimsPrincipal user) => HttpCurrentUser.From(user)?.IsAdmin == true;
}
