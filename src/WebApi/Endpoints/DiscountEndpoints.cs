using Orders.Application.Common;
using Orders.Application.Discounts;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class DiscountEndpoints
{
    public static IEndpointRouteBuilder MapDiscountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/discounts").WithTags("Discounts").RequireAuthorization(AuthSetup.AdminPolicy);

        group.MapGet("/", async (int? page, int? limit, bool? active, DiscountHandlers handlers, CancellationToken ct) =>
                (await handlers.ListAsync(page, limit, active, ct)).ToHttp(list => TypedResults.Ok(list)))
            .WithName("ListDiscounts")
            .Produces<PagedList<DiscountDto>>();

        group.MapPost("/", async (DiscountInput body, DiscountHandlers handlers, CancellationToken ct) =>
                (await handlers.CreateAsync(body, ct)).ToHttp(d => TypedResults.Created($"/api/discounts/{d.Code}", d)))
            .WithName("CreateDiscount")
            .WithSummary("Exactly one of percentOff (0-100] or amountOff (> 0) is required.")
            .Produces<DiscountDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPatch("/{code}", async (string code, DiscountInput body, DiscountHandlers handlers, CancellationToken ct) =>
                (await handlers.UpdateAsync(code, body, ct)).ToHttp(d => TypedResults.Ok(d)))
            .WithName("UpdateDiscount")
            .WithSummary("Change the fields given; absent or null fields keep their value. The code itself cannot change.")
            .Produces<DiscountDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{code}", async (string code, DiscountHandlers handlers, CancellationToken ct) =>
                (await handlers.DeleteAsync(code, ct)).ToHttp(() => TypedResults.NoContent()))
            .WithName("DeleteDiscount")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
