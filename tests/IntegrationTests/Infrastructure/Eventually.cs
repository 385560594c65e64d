using System.Text.Json.Nodes;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>Polls what the background dispatcher changes (the outbox, delivery logs) until it shows up.</summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static async Task<JsonNode> FoundAsync(Func<Task<JsonNode?>> probe) =>
        await FoundAsync(probe, Deadline, () => "The outbox did not get there");

    /// <summary>Polls <paramref name="probe"/> until it returns something or <paramref name="timeout"/> has passed;
    /// the timeout names what was still missing, as <paramref name="missing"/> says it at that moment.</summary>
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> missing)
        where T : class
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{missing()} within {timeout.TotalSeconds:0} s.");
            await Task.Delay(100);
        }
    }

    public static async Task TrueAsync(Func<Task<bool>> probe, string what)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (!await probe())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not within 20 s: {what}.");
            await Task.Delay(20);
        }
    }
}
