namespace Orders.Infrastructure.Persistence;

internal sealed class OpenGate : IWriteGate, IDisposable
{
    public ValueTask<IDisposable> EnterAsync(CancellationToken ct) => ValueTask.FromResult<IDisposable>(this);

    public void Dispose() { }
}
