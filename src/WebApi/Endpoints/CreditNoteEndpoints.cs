using System.Security.Claims;
using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Domain.Orders;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class CreditNoteEndpoints
{
    public static IEndpointRouteBuilder MapCreditNoteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders").WithTags("Orders").RequireAuthorization();

        group.MapGet("/{id}/credit-notes/{number}", async (string id, string number, ClaimsPrincipal user, GetCreditNoteHandler handler, CancellationToken ct) =>
                (await ConflictRetry.RunAsync(() => handler.HandleAsync(new GetCreditNoteQuery(OrderRef.Parse(id), number, user.ToContext()), ct)))
                .ToHttp(f => TypedResults.File(f.Content, "application/pdf", f.FileName)))
            .WithName("GetOrderCreditNote")
            .WithSummary("A credit note of the order as a PDF (factura rectificativa), issued with its refund; the same bytes on every download.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }
}
