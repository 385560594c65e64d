using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API sending its emails to a real SMTP server of its own, with a fast outbox that keeps retrying long
/// enough (about 20 s) for a test to stop and restart the server.</summary>
public sealed class EmailApiFactory : LifecycleApiFactory
{
    public SmtpServer Smtp { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Smtp:Host"] = Smtp.Host;
            settings["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Smtp:From"] = "Orders Shop <orders@shop.example>";
            settings["Outbox:PollIntervalMilliseconds"] = "50";
            settings["Outbox:BaseDelaySeconds"] = "0.05";
            settings["Outbox:MaxDelaySeconds"] = "0.5";
            settings["Outbox:MaxAttempts"] = "40";
            return settings;
        }
    }

    /// <summary>The messages the server holds for <paramref name="recipient"/>, once there are at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> MailForAsync(string recipient, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var all = await Smtp.WaitForMessagesAsync(0, TimeSpan.Zero);
            var mine = all.Where(m => m.To.Contains(recipient, StringComparison.OrdinalIgnoreCase)).ToList();
            if (mine.Count >= count) return mine;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Expected {count} email(s) to {recipient} within 20 s, found {mine.Count}.");
            await Task.Delay(50);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}
