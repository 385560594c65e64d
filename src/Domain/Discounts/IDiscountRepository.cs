namespace Orders.Domain.Discounts;

public interface IDiscountRepository
{
    Task<Discount?> FindAsync(string code, CancellationToken ct);

    void Add(Discount discount);

    void Remove(Discount discount);
}
