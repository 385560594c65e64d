using System.Net;
using System.Text;
using Orders.IntegrationTests.Api.Notifications;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>The API with <c>Payments:Provider = stripe</c> against a <see cref="FakeStripe"/> of its own, a real SMTP
/// server and a fast outbox. Stripe.net's own retries are off and its timeout short, so each test sees every call.</summary>
public class StripeApiFactory : EmailApiFactory
{
    public const string SecretKey = "sk_test_orders_fake_0123456789";
    public const string StripeWebhookSecret = "whsec_stripe_tests_0123456789abcdef";

    public FakeStripe Stripe { get; } = FakeStripe.Start();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Payments:Provider"] = "stripe";
            settings["Stripe:SecretKey"] = SecretKey;
            settings["Stripe:WebhookSecret"] = StripeWebhookSecret;
            settings["Stripe:ApiBase"] = Stripe.Url;
            settings["Stripe:MaxNetworkRetries"] = "0";
            settings["Stripe:TimeoutSeconds"] = "2";
            return settings;
        }
    }

    public async Task<HttpResponseMessage> PostStripeEventAsync(string payload, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature ?? StripeEvents.Sign(payload, StripeWebhookSecret));
        return await CreateClient().SendAsync(request);
    }

    /// <summary>Posts the signed event; asserts a 200 and returns the outcome's <c>result</c>.</summary>
    public async Task<string> DeliverAsync(string payload) =>
        (await (await PostStripeEventAsync(payload)).ShouldBeAsync(HttpStatusCode.OK))["result"].Str();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Stripe.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
