using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static class PaymentEndpoints
{
    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments/webhook", async (HttpRequest request, HandlePaymentEventHandler handler, CancellationToken ct) =>
            {
                // The signature covers the exact bytes sent, so the body is read raw rather than bound.
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(ct);
                var signature = request.Headers[WebhookSignature.HeaderName].ToString();
                return (await handler.HandleAsync(payload, signature, ct)).ToHttp(outcome => TypedResults.Ok(outcome));
            })
            .AllowAnonymous()
            .WithTags("Payments")
            .WithName("PaymentWebhook")
            .WithSummary("Signed events from the payment provider (Orders-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">).")
            .WithDescription("payment.succeeded pays a pending order; payment.failed records the failure; refund.succeeded " +
                "confirms a refund. Idempotent by event id. A bad signature or a timestamp more than 5 minutes away is 400.")
            .Produces<PaymentEventOutcome>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
