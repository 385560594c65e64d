using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The one way tests wait for something another thread or process does (the dispatcher, a server starting, a
/// message arriving): poll a probe until it holds, and fail at a deadline naming what was still missing. Absence is
/// never waited for; it is proved after a later witness has arrived.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static Task<JsonNode> FoundAsync(Func<Task<JsonNode?>> probe) =>
        FoundAsync(probe, DefaultTimeout, () => "the outbox getting there");

    /// <summary>Polls <paramref name="probe"/> until it returns something, and returns that.</summary>
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, Func<string> missing)
        where T : class
    {
        T? found = null;
        await TrueAsync(async () => (found = await probe().ConfigureAwait(false)) is not null, timeout, missing).ConfigureAwait(false);
        return found!;
    }

    public static Task TrueAsync(Func<Task<bool>> probe, string what) => TrueAsync(probe, DefaultTimeout, () => what);

    /// <summary>Polls <paramref name="probe"/> until it is true or <paramref name="timeout"/> has passed; the timeout names
    /// what was still missing, as <paramref name="missing"/> says it at that moment. A probe that throws ends the wait.</summary>
    public static async Task TrueAsync(Func<Task<bool>> probe, TimeSpan timeout, Func<string> missing)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(missing);
        var clock = Stopwatch.StartNew();
        // ConfigureAwait(false): a server's synchronous start blocks on this wait.
        while (!await probe().ConfigureAwait(false))
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"Not within {timeout.TotalSeconds:0.#} s: {missing()}.");
            await Task.Delay(Interval).ConfigureAwait(false);
        }
    }
}
