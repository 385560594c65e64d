namespace Orders.Application.Common;

/// <summary>Stock moves as single conditional updates made inside the next <see cref="IUnitOfWork.SaveChangesAsync"/>,
/// so concurrent orders can never oversell on any engine.</summary>
public interface IStockReservations
{
    /// <summary>Takes <paramref name="quantity"/> units at the save if that many are in stock; otherwise the save fails
    /// with <c>product.insufficient_stock</c> naming <paramref name="productName"/> and what is left.</summary>
    void Reserve(string productId, string productName, int quantity);

    /// <summary>Puts <paramref name="quantity"/> units back at the save.</summary>
    void Release(string productId, int quantity);
}
