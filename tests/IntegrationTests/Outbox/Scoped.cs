using Microsoft.Extensions.DependencyInjection;

namespace Orders.IntegrationTests.Outbox;

/// <summary>A service together with the scope it lives in, disposed together.</summary>
public sealed class Scoped<T>(T value, AsyncServiceScope scope) : IAsyncDisposable
{
    public T Value { get; } = value;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
