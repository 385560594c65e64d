using System.Text.Json.Nodes;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>Polls what the background dispatcher changes (the outbox, delivery logs) until it shows up.</summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static async Task<JsonNode> FoundAsync(Func<Task<JsonNode?>> probe)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            if (await probe() is { } found) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The outbox did not get there in 20 s.");
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
