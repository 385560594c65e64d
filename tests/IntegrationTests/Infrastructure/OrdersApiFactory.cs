using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The real API over HTTP (ASP.NET test host) on a fresh SQLite file per test class, with JWTs signed by
/// <see cref="TestTokens"/>. Subclasses or <see cref="Settings"/> change configuration.</summary>
public class OrdersApiFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orders-tests-").FullName;

    public string DatabasePath => Path.Combine(_directory, "orders.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Configuration for this factory's server; tests may add to it before the first request.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Orders"] = ConnectionString,
        ["Database:Provider"] = "Sqlite",
        ["Database:SeedDemoData"] = "false",
        ["Authentication:Schemes:Bearer:ValidIssuer"] = TestTokens.Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = TestTokens.Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = TestTokens.Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = TestTokens.SigningKeyBase64,
        ["Shop:Currency"] = "USD",
        ["Shop:TaxRatePercent"] = "8",
        ["Shop:ShippingCosts:Standard"] = "0",
        ["Shop:ShippingCosts:Express"] = "15",
        ["Shop:ShippingCosts:Pickup"] = "0",
        ["RateLimiting:PermitsPerMinute"] = "0",
        ["OpenApi:Enabled"] = "true",
        // Nothing listens on the discard port here: emails of tests without their own SMTP server go nowhere.
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = "9",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
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
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a late reader is left for the OS to clean up.
        }
    }
}
