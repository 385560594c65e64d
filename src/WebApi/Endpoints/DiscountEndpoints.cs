using Orders.Application.Discounts;
using Orders.Application.Discounts.CreateDiscount;
using Orders.Application.Discounts.DeleteDiscount;
using Orders.Application.Discounts.ListDiscounts;
using Orders.Application.Discounts.UpdateDiscount;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Discounts;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class DiscountEndpoints
{
    public static IEndpointRouteBuilder MapDiscountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/discounts").WithTags("Discounts").RequireAuthorization(AuthSetup.AdminPolicy);

        group.MapGet("/", async (int? page, int? limit, bool? active, ListDiscountsHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new ListDiscountsQuery(page, limit, active), ct))
                    .ToHttp(list => TypedResults.Ok(list.ToResponse<DiscountDto, DiscountResponse>())))
            .WithName("ListDiscounts")
            .Produces<PagedResponse<DiscountResponse>>();

        group.MapPost("/", async (DiscountRequest body, CreateDiscountHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new CreateDiscountCommand(
                    body.Code, body.PercentOff, body.AmountOff, body.ValidFrom, body.ValidTo, body.MaxRedemptions, body.Active), ct))
                    .ToHttp(d => TypedResults.Created($"/api/discounts/{d.Code}", d.ToResponse<DiscountResponse>())))
            .WithName("CreateDiscount")
            .WithSummary("Exactly one of percentOff (0-100] or amountOff (> 0) is required.")
            .Produces<DiscountResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPatch("/{code}", async (string code, DiscountRequest body, UpdateDiscountHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new UpdateDiscountCommand(
                    code, body.PercentOff, body.AmountOff, body.ValidFrom, body.ValidTo, body.MaxRedemptions, body.Active), ct))
                    .ToHttp(d => TypedResults.Ok(d.ToResponse<DiscountResponse>())))
            .WithName("UpdateDiscount")
            .WithSummary("Change the fields given; absent or null fields keep their value. The code itself cannot change.")
            .Produces<DiscountResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{code}", async (string code, DeleteDiscountHandler handler, CancellationToken ct) =>
                (await handler.HandleAsync(new DeleteDiscountCommand(code), ct)).ToHttp(() => TypedResults.NoContent()))
            .WithName("DeleteDiscount")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
