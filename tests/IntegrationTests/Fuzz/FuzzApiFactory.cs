using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>The API for the fuzzer: the OpenAPI document on, no rate limit (a 429 after 600 requests would hide every
/// answer after it), only warnings and errors logged (10,000 request lines would cost more than the requests), and a
/// sink that keeps the exceptions for the report.</summary>
public sealed class FuzzApiFactory : OrdersApiFactory
{
    /// <summary>Lets the fuzzer sign payment events, so they get past the signature check into the handler.</summary>
    public const string PaymentWebhookSecret = "whsec_fuzz_tests_0123456789";

    public FuzzServerLog Log { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["OpenApi:Enabled"] = "true";
            settings["RateLimiting:PermitsPerMinute"] = "0";
            settings["Serilog:MinimumLevel:Default"] = "Warning";
            settings["Payments:WebhookSecret"] = PaymentWebhookSecret;
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}
