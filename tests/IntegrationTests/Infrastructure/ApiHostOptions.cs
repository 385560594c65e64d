using Microsoft.Extensions.DependencyInjection;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>What a test API host is made of. <see cref="OrdersApiFactory"/> starts the parts named here (a database, an
/// SMTP server, a fake Stripe, an OIDC issuer), points the API's configuration at them and disposes them with the host.
/// Compose with <c>with { ... }</c>, <see cref="With(string, string?)"/> and <see cref="WithServices"/>; a shape that
/// several test classes share is named once as a sealed subclass of <see cref="OrdersApiFactory"/> that passes its
/// options, because xUnit builds class fixtures without arguments.</summary>
public sealed record ApiHostOptions
{
    /// <summary>SQLite, tokens signed by <see cref="TestTokens"/>, emails to a port where nobody listens, a dispatcher
    /// with the API's own (slow) outbox timings, no payment webhook secret.</summary>
    public static ApiHostOptions Default { get; } = new();

    /// <summary>What tests of notifications start from: payments confirmed by signed events, a fast outbox and webhooks
    /// to the loopback receivers the tests start.</summary>
    public static ApiHostOptions Notifications { get; } = new() { PaymentEvents = true, FastOutbox = true, LoopbackWebhooks = true };

    /// <summary><see cref="Notifications"/> with a real SMTP server, retrying long enough (about 20 s) for a test to stop
    /// and restart the server.</summary>
    public static ApiHostOptions Email { get; } = Notifications with { Smtp = true, Settings = new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "40" } };

    public DatabaseEngine Database { get; init; } = DatabaseEngine.Sqlite;

    /// <summary>A real SMTP server of the host's own (<see cref="SmtpServer"/>), exposed as <see cref="OrdersApiFactory.Smtp"/>.</summary>
    public bool Smtp { get; init; }

    /// <summary><c>Payments:Provider = stripe</c> against a <see cref="Api.Payments.Stripe.FakeStripe"/> of the host's own, with
    /// Stripe.net's retries off and a short timeout so each test sees every call.</summary>
    public bool Stripe { get; init; }

    /// <summary>Tokens from a real OIDC issuer (<see cref="OidcIssuer"/>, discovery and JWKS through <c>Authority</c>)
    /// instead of the test signing key.</summary>
    public bool Oidc { get; init; }

    /// <summary>The built-in payment provider's webhook secret (<see cref="OrdersApiFactory.PaymentWebhookSecret"/>), so tests
    /// confirm payments by posting signed events.</summary>
    public bool PaymentEvents { get; init; }

    /// <summary>Outbox polls every 50 ms, backs off 50–500 ms and gives up after three attempts.</summary>
    public bool FastOutbox { get; init; }

    /// <summary>Webhook subscriptions may target 127.0.0.1, where the tests' receivers listen.</summary>
    public bool LoopbackWebhooks { get; init; }

    /// <summary>Off: the host runs no outbox dispatcher, so a test drives the outbox processors itself.</summary>
    public bool Dispatcher { get; init; } = true;

    public string Environment { get; init; } = "Testing";

    /// <summary>Configuration applied after everything above; a null value removes the key.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Service registrations applied after the API's own (extra log sinks, startup filters, replacements).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    public ApiHostOptions With(string key, string? value) => With(new Dictionary<string, string?> { [key] = value });

    public ApiHostOptions With(IReadOnlyDictionary<string, string?> settings)
    {
        var merged = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in settings) merged[key] = value;
        return this with { Settings = merged };
    }

    public ApiHostOptions WithServices(Action<IServiceCollection> configure)
    {
        var before = Services;
        return this with
        {
            Services = services =>
            {
                before?.Invoke(services);
                configure(services);
            },
        };
    }
}
