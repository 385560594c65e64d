using Orders.Application.Outbox;
using Orders.Infrastructure.Outbox;

namespace Orders.IntegrationTests.Outbox;

/// <summary>A handler for test messages that runs until the test lets it finish, and tells whether its send was
/// canceled.</summary>
public sealed class BlockingHandler : IOutboxHandler
{
    public const string TestKind = "test";

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public string Kind => TestKind;

    public int Calls => Volatile.Read(ref _calls);

    public bool WasCanceled { get; private set; }

    public Task Started => _started.Task;

    public void Finish() => _finish.TrySetResult();

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        _started.TrySetResult();
        try
        {
            await _finish.Task.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            WasCanceled = true;
            throw;
        }
    }
}
