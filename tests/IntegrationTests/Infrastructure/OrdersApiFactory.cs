using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Orders.IntegrationTests.Api.Payments.Stripe;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The real API over HTTP (ASP.NET test host) on a fresh database per test class, with JWTs signed by
/// <see cref="TestTokens"/>, made of the parts its <see cref="ApiHostOptions"/> name. Subclasses only name a shape
/// (<c>sealed class X() : OrdersApiFactory(options)</c>) and add nothing else to the host.</summary>
public class OrdersApiFactory : WebApplicationFactory<Program>
{
    public const string PaymentWebhookSecret = "whsec_lifecycle_tests_0123456789";
    public const string StripeSecretKey = "sk_test_orders_fake_0123456789";
    public const string StripeWebhookSecret = "whsec_stripe_tests_0123456789abcdef";
    public const string OidcAudience = "orders-api";
    public const string OidcAuthorizedParty = "https://shop.example";

    private readonly HostParts _parts;
    private readonly bool _ownsParts;

    public OrdersApiFactory()
        : this(ApiHostOptions.Default)
    {
    }

    /// <summary>For the sealed shapes; xUnit wants one public constructor, so other hosts come from <see cref="Create"/>.</summary>
    protected OrdersApiFactory(ApiHostOptions options)
        : this(options, HostParts.Start(options), ownsParts: true)
    {
    }

    private OrdersApiFactory(ApiHostOptions options, HostParts parts, bool ownsParts)
    {
        Options = options;
        _parts = parts;
        _ownsParts = ownsParts;
        Configuration = Configure(options, parts);
    }

    public ApiHostOptions Options { get; }

    /// <summary>A host of its own shape, for a test that starts (and disposes) it itself.</summary>
    public static OrdersApiFactory Create(ApiHostOptions options) => new(options);

    /// <summary>The configuration this host starts with (on top of the API's appsettings), for a process that should
    /// see the same shop.</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; }

    public string DatabasePath => Path.Combine(
        _parts.SqliteDirectory ?? throw new InvalidOperationException("This host runs on PostgreSQL; it has no database file."), "orders.db");

    public string ConnectionString => _parts.ConnectionString;

    public SmtpServer Smtp => _parts.Smtp ?? throw Missing(nameof(ApiHostOptions.Smtp));

    public FakeStripe Stripe => _parts.Stripe ?? throw Missing(nameof(ApiHostOptions.Stripe));

    public OidcIssuer Issuer => _parts.Issuer ?? throw Missing(nameof(ApiHostOptions.Oidc));

    /// <summary>Another API host of the same shop: same options, same database and the same SMTP server, Stripe and
    /// issuer, as a second server of a scaled-out shop would be. This host keeps owning them.</summary>
    public OrdersApiFactory SecondInstance() => new(Options, _parts, ownsParts: false);

    /// <summary>The messages the SMTP server holds for <paramref name="recipient"/>, once there are at least <paramref name="count"/>.</summary>
    public Task<IReadOnlyList<ReceivedEmail>> MailForAsync(string recipient, int count) =>
        Smtp.WaitForMessagesAsync(count, TimeSpan.FromSeconds(20), m => m.To.Contains(recipient, StringComparison.OrdinalIgnoreCase));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Options.Environment);
        foreach (var (key, value) in Configuration) builder.UseSetting(key, value);
        if (Options.Services is { } services) builder.ConfigureTestServices(services);
    }

    public HttpClient ClientFor(string userId, bool admin = false, string? email = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create(userId, admin, email ?? $"{userId}@example.com"));
        return client;
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public HttpClient Admin() => ClientFor("admin-1", admin: true);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // From the finalizer (a constructor that threw) the parts may not exist, and the started ones stopped themselves.
        if (disposing && _ownsParts) _parts?.Dispose();
    }

    private static Dictionary<string, string?> Configure(ApiHostOptions options, HostParts parts)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Orders"] = parts.ConnectionString,
            ["Database:Provider"] = options.Database == DatabaseEngine.Postgres ? "Postgres" : "Sqlite",
            ["Database:SeedDemoData"] = "false",
            ["Shop:Currency"] = "USD",
            ["Shop:TaxRatePercent"] = "8",
            ["Shop:ShippingCosts:Standard"] = "0",
            ["Shop:ShippingCosts:Express"] = "15",
            ["Shop:ShippingCosts:Pickup"] = "0",
            ["RateLimiting:PermitsPerMinute"] = "0",
            ["OpenApi:Enabled"] = "true",
            // Nothing listens on the discard port here: emails of hosts without their own SMTP server go nowhere.
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = "9",
        };

        if (parts.Issuer is { } issuer)
        {
            settings["Authentication:Schemes:Bearer:Authority"] = issuer.Url;
            settings["Authentication:Schemes:Bearer:RequireHttpsMetadata"] = "false";
            settings["Authentication:Schemes:Bearer:ValidAudiences:0"] = OidcAudience;
            settings["Authentication:AuthorizedParties:0"] = OidcAuthorizedParty;
            // Lets a rotated key be fetched at once; the default throttles metadata refreshes to one per 5 minutes.
            settings["Authentication:Schemes:Bearer:RefreshInterval"] = "00:00:01";
        }
        else
        {
            settings["Authentication:Schemes:Bearer:ValidIssuer"] = TestTokens.Issuer;
            settings["Authentication:Schemes:Bearer:ValidAudiences:0"] = TestTokens.Audience;
            settings["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = TestTokens.Issuer;
            settings["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = TestTokens.SigningKeyBase64;
        }

        if (options.PaymentEvents) settings["Payments:WebhookSecret"] = PaymentWebhookSecret;
        if (options.LoopbackWebhooks) settings["Webhooks:AllowPrivateTargets"] = "true";
        if (options.FastOutbox)
        {
            settings["Outbox:PollIntervalMilliseconds"] = "50";
            settings["Outbox:BaseDelaySeconds"] = "0.05";
            settings["Outbox:MaxDelaySeconds"] = "0.5";
            settings["Outbox:MaxAttempts"] = "3";
        }

        if (!options.Dispatcher) settings["Outbox:DispatcherEnabled"] = "false";
        if (parts.Smtp is { } smtp)
        {
            smtp.Configure(settings);
            settings["Smtp:From"] = "Orders Shop <orders@shop.example>";
        }

        if (parts.Stripe is { } stripe)
        {
            settings["Payments:Provider"] = "stripe";
            settings["Stripe:SecretKey"] = StripeSecretKey;
            settings["Stripe:WebhookSecret"] = StripeWebhookSecret;
            settings["Stripe:ApiBase"] = stripe.Url;
            settings["Stripe:MaxNetworkRetries"] = "0";
            settings["Stripe:TimeoutSeconds"] = "2";
        }

        foreach (var (key, value) in options.Settings)
        {
            if (value is null) settings.Remove(key);
            else settings[key] = value;
        }

        return settings;
    }

    private static InvalidOperationException Missing(string option) =>
        new($"This host has no such part: compose it with {nameof(ApiHostOptions)}.{option} = true.");
}
