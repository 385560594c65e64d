using System.Net;
using System.Text;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>Stripe's side of a host composed with <see cref="ApiHostOptions.Stripe"/>: events signed with the host's
/// Stripe webhook secret, posted to its Stripe webhook.</summary>
public static class StripeApi
{
    public static async Task<HttpResponseMessage> PostStripeEventAsync(this OrdersApiFactory factory, string payload, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? StripeEvents.Sign(payload, OrdersApiFactory.StripeWebhookSecret));
        return await factory.CreateClient().SendAsync(request);
    }

    /// <summary>Posts the signed event; asserts a 200 and returns the outcome's <c>result</c>.</summary>
    public static async Task<string> DeliverAsync(this OrdersApiFactory factory, string payload) =>
        (await (await factory.PostStripeEventAsync(payload)).ShouldBeAsync(HttpStatusCode.OK))["result"].Str();
}
