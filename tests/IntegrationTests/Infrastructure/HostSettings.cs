namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The configuration of a host run as a process (<see cref="ApiProcess"/>, <see cref="ChildProcess"/>), as an
/// operator would give it: the API and the worker read the same keys (the worker ignores those it has no use for, such
/// as the token settings). Outbox retries are fast, and the logs keep warnings and errors.</summary>
public static class HostSettings
{
    public const string WebhookSecret = "whsec_process_tests_0123456789";

    public static Dictionary<string, string?> For(string provider, string connectionString, SmtpServer? smtp = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ConnectionStrings:Orders"] = connectionString,
            ["Database:Provider"] = provider,
            ["Database:SeedDemoData"] = "false",
            ["Authentication:Schemes:Bearer:ValidIssuer"] = TestTokens.Issuer,
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = TestTokens.Audience,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = TestTokens.Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = TestTokens.SigningKeyBase64,
            ["Payments:WebhookSecret"] = WebhookSecret,
            ["Shop:Currency"] = "USD",
            ["Shop:TaxRatePercent"] = "8",
            ["Shop:ShippingCosts:Standard"] = "0",
            ["RateLimiting:PermitsPerMinute"] = "0",
            ["Webhooks:AllowPrivateTargets"] = "true",
            ["Outbox:PollIntervalMilliseconds"] = "50",
            ["Outbox:BaseDelaySeconds"] = "0.05",
            ["Outbox:MaxDelaySeconds"] = "0.5",
            ["Outbox:MaxAttempts"] = "100",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        smtp?.Configure(settings);
        return settings;
    }

    /// <summary>The same settings with <paramref name="changes"/> over them.</summary>
    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, params (string Key, string Value)[] changes)
    {
        var copy = new Dictionary<string, string?>(settings);
        foreach (var (key, value) in changes) copy[key] = value;
        return copy;
    }
}
