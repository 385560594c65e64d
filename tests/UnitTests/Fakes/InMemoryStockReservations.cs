using Orders.Application.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Stock per product id; a reservation takes units only while enough remain, like the database's update.</summary>
public sealed class InMemoryStockReservations : IStockReservations
{
    private readonly Dictionary<string, int> _stock = [];

    public void Set(string productId, int units) => _stock[productId] = units;

    public int Available(string productId) => _stock.GetValueOrDefault(productId);

    public Task<bool> TryReserveAsync(string productId, int quantity, CancellationToken ct)
    {
        if (Available(productId) < quantity) return Task.FromResult(false);
        _stock[productId] -= quantity;
        return Task.FromResult(true);
    }

    public Task ReleaseAsync(string productId, int quantity, CancellationToken ct)
    {
        _stock[productId] = Available(productId) + quantity;
        return Task.CompletedTask;
    }

    public Task<int> AvailableAsync(string productId, CancellationToken ct) => Task.FromResult(Available(productId));
}
