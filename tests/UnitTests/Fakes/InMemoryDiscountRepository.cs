using Orders.Domain.Discounts;

namespace Orders.UnitTests.Fakes;

public sealed class InMemoryDiscountRepository : IDiscountRepository
{
    private readonly Dictionary<string, Discount> _discounts = [];

    public Task<Discount?> FindAsync(string code, CancellationToken ct) => Task.FromResult(_discounts.GetValueOrDefault(code));

    public void Add(Discount discount) => _discounts.Add(discount.Code, discount);

    public void Remove(Discount discount) => _discounts.Remove(discount.Code);
}
