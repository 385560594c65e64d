using Microsoft.AspNetCore.Hosting;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The test API with a one-off change to its configuration (and optionally another environment), for tests
/// about configuration itself.</summary>
public sealed class CustomApiFactory(Action<IDictionary<string, string?>> change, string? environment = null) : OrdersApiFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            change(settings);
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (environment is not null) builder.UseEnvironment(environment);
    }
}
