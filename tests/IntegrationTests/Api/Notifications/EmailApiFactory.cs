using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API sending its emails to a real SMTP server of its own, with an outbox that keeps retrying long enough
/// (about 20 s) for a test to stop and restart the server.</summary>
public class EmailApiFactory : NotificationsApiFactory
{
    public SmtpServer Smtp { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            Smtp.Configure(settings);
            settings["Smtp:From"] = "Orders Shop <orders@shop.example>";
            settings["Outbox:MaxAttempts"] = "40";
            return settings;
        }
    }

    /// <summary>The messages the server holds for <paramref name="recipient"/>, once there are at least <paramref name="count"/>.</summary>
    public Task<IReadOnlyList<ReceivedEmail>> MailForAsync(string recipient, int count) =>
        Smtp.WaitForMessagesAsync(count, TimeSpan.FromSeconds(20), m => m.To.Contains(recipient, StringComparison.OrdinalIgnoreCase));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}
