namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The test API with a one-off change to its configuration, for tests about configuration itself.</summary>
public sealed class CustomApiFactory(Action<IDictionary<string, string?>> change) : OrdersApiFactory
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
}
