using Orders.IntegrationTests.Api.Notifications;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The API on a fresh PostgreSQL database, sending its emails to a real SMTP server. <see cref="SecondInstance"/>
/// starts another API host on the same database and SMTP server, as a second server of a scaled-out shop would be.</summary>
public class PostgresApiFactory : NotificationsApiFactory
{
    private readonly bool _ownsSmtp;

    public PostgresApiFactory() : this(PostgresServer.Shared.CreateDatabase(), new SmtpServer(), ownsSmtp: true)
    {
    }

    private PostgresApiFactory(string connectionString, SmtpServer smtp, bool ownsSmtp)
    {
        PostgresConnectionString = connectionString;
        Smtp = smtp;
        _ownsSmtp = ownsSmtp;
    }

    public string PostgresConnectionString { get; }

    public SmtpServer Smtp { get; }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Orders"] = PostgresConnectionString;
            Smtp.Configure(settings);
            return settings;
        }
    }

    public PostgresApiFactory SecondInstance() => new(PostgresConnectionString, Smtp, ownsSmtp: false);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsSmtp) Smtp.Dispose();
    }
}
