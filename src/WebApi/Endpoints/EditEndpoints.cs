using System.Security.Claims;
using Orders.Application.Orders.EditOrder;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts;
using Orders.WebApi.Contracts.Edits;
using Orders.WebApi.Contracts.Orders;
using Orders.WebApi.Contracts.Refunds;
using Orders.WebApi.Http;
using IResult = Microsoft.AspNetCore.Http.IResult;

namespace Orders.WebApi.Endpoints;

/// <summary>Edits of an order's lines. An admin's write, decided by the use case rather than a policy, so that another
/// customer's order stays a 404 while its owner gets 403. If-Match is required (428 without): an edit is made against
/// the order the admin saw.</summary>
public static class EditEndpoints
{
    public static IEndpointRouteBuilder MapEditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/orders/{id}/edits", EditAsync)
            .RequireAuthorization()
            .WithTags("Edits")
            .WithName("EditOrder")
            .WithSummary("Change an order's lines before anything ships (admin): quantities up or down (0 removes a line), products added at today's price.")
            .WithDescription("Header If-Match with the order's ETag is required: 428 without, 412 when stale. Body {changes:[{orderLineId, quantity} | " +
                "{productId, quantity}], reason, notifyCustomer?}. Only while the order is pending, paid or in preparation with nothing shipped → else " +
                "409 order.edit_not_allowed. Stock is taken and given back in the same transaction (409 product.insufficient_stock); totals are " +
                "recomputed with the order's own discount and tax rate. An unpaid order's payment intent follows the new total; a paid order edited " +
                "down gets a refund of the difference with its credit note (refund in the answer, null otherwise); one whose total would go up → 409 " +
                "order.edit_increases_paid_total. ?dryRun=true answers {order, difference} with the order as it would be and changes nothing " +
                "(its ETag stays the stored version's). The ETag of a real edit is the order's new version.")
            .Produces<EditOrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> EditAsync(
        string id, bool? dryRun, EditOrderRequest? body, HttpRequest request, ClaimsPrincipal user, EditOrderHandler handler, CancellationToken ct)
    {
        var expected = IfMatch.ExpectedVersion(request);
        if (!expected.IsSuccess) return expected.ToProblem();
        var changes = body?.Changes?.Select(c => c is null ? null : new EditChangeInput(c.OrderLineId, c.ProductId, c.Quantity)).ToList();
        var command = new EditOrderCommand(OrderRef.Parse(id), user.ToContext(), expected.Value, changes, body?.Reason, body?.NotifyCustomer,
            dryRun ?? false);

        return (await handler.HandleAsync(command, ct)).ToHttp(answer =>
        {
            var order = answer.Order.ToResponse<OrderResponse>();
            var difference = answer.Difference.ToResponse<EditDifferenceResponse>();
            return answer.DryRun
                ? ETags.VersionedResult(new EditPreviewResponse(order, difference), ApiJsonContext.Default.EditPreviewResponse, answer.StoredVersion)
                : ETags.VersionedResult(new EditOrderResponse(order, difference, answer.Refund?.ToResponse<RefundResponse>()),
                    ApiJsonContext.Default.EditOrderResponse, answer.StoredVersion);
        });
    }
}
