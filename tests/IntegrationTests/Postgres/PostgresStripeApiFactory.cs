using System.Text;
using Orders.IntegrationTests.Api.Notifications;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The API with Stripe (a shared fake) on a fresh PostgreSQL database; <see cref="SecondInstance"/> is another
/// server of the same shop: same database, same Stripe account.</summary>
public sealed class PostgresStripeApiFactory : NotificationsApiFactory
{
    private readonly bool _owns;

    public PostgresStripeApiFactory() : this(PostgresServer.Shared.CreateDatabase(), FakeStripe.Start(), owns: true)
    {
    }

    private PostgresStripeApiFactory(string connectionString, FakeStripe stripe, bool owns)
    {
        PostgresConnectionString = connectionString;
        Stripe = stripe;
        _owns = owns;
    }

    public string PostgresConnectionString { get; }

    public FakeStripe Stripe { get; }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Orders"] = PostgresConnectionString;
            settings["Payments:Provider"] = "stripe";
            settings["Stripe:SecretKey"] = StripeApiFactory.SecretKey;
            settings["Stripe:WebhookSecret"] = StripeApiFactory.StripeWebhookSecret;
            settings["Stripe:ApiBase"] = Stripe.Url;
            settings["Stripe:MaxNetworkRetries"] = "0";
            settings["Stripe:TimeoutSeconds"] = "2";
            return settings;
        }
    }

    public PostgresStripeApiFactory SecondInstance() => new(PostgresConnectionString, Stripe, owns: false);

    public async Task<string> DeliverAsync(string payload)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", StripeEvents.Sign(payload, StripeApiFactory.StripeWebhookSecret));
        return (await (await CreateClient().SendAsync(request)).ShouldBeAsync(System.Net.HttpStatusCode.OK))["result"].Str();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _owns) Stripe.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
