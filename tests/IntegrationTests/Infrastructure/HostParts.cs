using Orders.IntegrationTests.Api.Payments.Stripe;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The servers and files a test API host uses, started from its <see cref="ApiHostOptions"/>. A second host of
/// the same shop shares them; the first one disposes them.</summary>
internal sealed class HostParts : IDisposable
{
    private HostParts(string? sqliteDirectory, string connectionString, SmtpServer? smtp, FakeStripe? stripe, OidcIssuer? issuer)
    {
        SqliteDirectory = sqliteDirectory;
        ConnectionString = connectionString;
        Smtp = smtp;
        Stripe = stripe;
        Issuer = issuer;
    }

    public string? SqliteDirectory { get; }

    public string ConnectionString { get; }

    public SmtpServer? Smtp { get; }

    public FakeStripe? Stripe { get; }

    public OidcIssuer? Issuer { get; }

    public static HostParts Start(ApiHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? directory = null;
        SmtpServer? smtp = null;
        FakeStripe? stripe = null;
        OidcIssuer? issuer = null;
        try
        {
            string connectionString;
            if (options.Database == DatabaseEngine.Postgres)
            {
                connectionString = PostgresServer.Shared.CreateDatabase();
            }
            else
            {
                directory = Directory.CreateTempSubdirectory("orders-tests-").FullName;
                connectionString = $"Data Source={Path.Combine(directory, "orders.db")}";
            }

            if (options.Smtp) smtp = new SmtpServer();
            if (options.Stripe) stripe = FakeStripe.Start();
            if (options.Oidc) issuer = OidcIssuer.Start();
            return new HostParts(directory, connectionString, smtp, stripe, issuer);
        }
        catch
        {
            // A part that failed to start leaves the ones before it running: stop them, since no host will.
            new HostParts(directory, "", smtp, stripe, issuer).Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Smtp?.Dispose();
        Stripe?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Issuer?.Dispose();
        if (SqliteDirectory is null) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(SqliteDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a late reader is left for the OS to clean up.
        }
    }
}
