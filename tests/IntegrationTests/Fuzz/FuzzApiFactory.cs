using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>The API for the fuzzer: the OpenAPI document on, no rate limit (a 429 after 600 requests would hide every
/// answer after it), only warnings and errors logged (10,000 request lines would cost more than the requests), payment
/// events signed with <see cref="OrdersApiFactory.PaymentWebhookSecret"/> (so they get past the signature check into the
/// handler), and a sink that keeps the exceptions for the report.</summary>
public sealed class FuzzApiFactory : OrdersApiFactory
{
    public FuzzApiFactory()
        : this(new FuzzServerLog())
    {
    }

    private FuzzApiFactory(FuzzServerLog log)
        : base((ApiHostOptions.Default with { PaymentEvents = true })
            .With(new Dictionary<string, string?>
            {
                ["OpenApi:Enabled"] = "true",
                ["RateLimiting:PermitsPerMinute"] = "0",
                ["Serilog:MinimumLevel:Default"] = "Warning",
            })
            .WithServices(services => services.AddSingleton<ILogEventSink>(log))) => Log = log;

    public FuzzServerLog Log { get; }
}
