using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Application.Payments.HandlePaymentEvent;
using Orders.Application.Payments.HandleStripeEvent;
using Orders.WebApi.Http;

namespace Orders.WebApi.Endpoints;

public static partial class PaymentEndpoints
{
    public static IEndpointRouteBuilder MapPaymentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/payments/webhook", async (HttpRequest request, HandlePaymentEventHandler handler, CancellationToken ct) =>
            {
                // The signature covers the exact bytes sent, so the body is read raw rather than bound.
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(ct);
                var command = new HandlePaymentEventCommand(payload, request.Headers[WebhookSignature.HeaderName].ToString());
                return (await ConflictRetry.RunAsync(() => handler.HandleAsync(command, ct))).ToHttp(outcome => TypedResults.Ok(outcome));
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

        app.MapPost("/api/payments/stripe/webhook", async (HttpRequest request, HandleStripeEventHandler handler, ILoggerFactory logs, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(ct);
                var command = new HandleStripeEventCommand(payload, request.Headers["Stripe-Signature"].ToString());
                var outcome = await ConflictRetry.RunAsync(() => handler.HandleAsync(command, ct));
                if (outcome is { IsSuccess: true, Value.Result: "refused" })
                    LogRefused(logs.CreateLogger(typeof(PaymentEndpoints)), outcome.Value.EventId, outcome.Value.Detail ?? "");
                return outcome.ToHttp(o => TypedResults.Ok(o));
            })
            .AllowAnonymous()
            .WithTags("Payments")
            .WithName("StripeWebhook")
            .WithSummary("Stripe's events, verified with Stripe-Signature and Stripe:WebhookSecret (5-minute tolerance).")
            .WithDescription("payment_intent.succeeded pays the order (transactionId = the latest charge), payment_intent.payment_failed " +
                "records the failure, charge.refunded and refund.updated (succeeded) confirm a refund. Idempotent by event id. Events " +
                "about no order of this service, of other types, or paying another amount or currency than the order's answer 200 " +
                "(ignored or refused, so Stripe stops retrying); a bad signature, a tampered body or a stale timestamp is 400.")
            .Produces<PaymentEventOutcome>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe event {EventId} refused; the order stays unpaid: {Detail}")]
    private static partial void LogRefused(ILogger logger, string eventId, string detail);
}
