using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>The test API waiting only one second for a SQLite write lock held by another process.</summary>
public sealed class SqliteBusyApiFactory : OrdersApiFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Database:BusyTimeoutSeconds"] = "1";
            return settings;
        }
    }
}
