using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Shop:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Shop:Currency", "dollars")]
    [InlineData("Shop:TaxRatePercent", "-3")]
    [InlineData("Shop:Language", "fr")]
    [InlineData("Webhooks:TimeoutSeconds", "0")]
    public void Start_WhenASettingIsUnusable_RefusesToStartNamingTheKey(string key, string value)
    {
        using var factory = new WithSetting(key, value);

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        string.Join("\n", Chain(error).Select(e => e.Message)).ShouldContain(key);
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }

    private sealed class WithSetting(string key, string value) : OrdersApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { [key] = value };
    }
}
