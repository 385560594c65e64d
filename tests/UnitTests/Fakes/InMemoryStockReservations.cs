using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.UnitTests.Fakes;

/// <summary>Stock per product id, moved at the unit of work's save; a reservation takes units only while enough remain,
/// like the database's update.</summary>
public sealed class InMemoryStockReservations(FakeUnitOfWork uow) : IStockReservations
{
    private readonly Dictionary<string, int> _stock = [];

    public void Set(string productId, int units) => _stock[productId] = units;

    public int Available(string productId) => _stock.GetValueOrDefault(productId);

    public void Reserve(string productId, string productName, int quantity) => uow.OnSave(
        () =>
        {
            if (Available(productId) < quantity) return ProductErrors.InsufficientStock(productName, Available(productId));
            _stock[productId] -= quantity;
            return Result.Success();
        },
        () => _stock[productId] += quantity);

    public void Release(string productId, int quantity) => uow.OnSave(
        () =>
        {
            _stock[productId] = Available(productId) + quantity;
            return Result.Success();
        },
        () => _stock[productId] -= quantity);
}
