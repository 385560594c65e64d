namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>A shop east of UTC (<c>Shop:TimeZone = Asia/Tokyo</c>): local midnight of 0001-01-01 is before the first
/// instant a DateTimeOffset can hold.</summary>
public sealed class TokyoApiFactory : LifecycleApiFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Shop:TimeZone"] = "Asia/Tokyo";
            return settings;
        }
    }
}
