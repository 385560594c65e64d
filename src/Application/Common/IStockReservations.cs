namespace Orders.Application.Common;

/// <summary>Stock moves as single conditional updates in the database, so concurrent orders can never oversell.</summary>
public interface IStockReservations
{
    /// <summary>Takes <paramref name="quantity"/> units if that many are in stock; false (and nothing taken) otherwise.</summary>
    Task<bool> TryReserveAsync(string productId, int quantity, CancellationToken ct);

    Task ReleaseAsync(string productId, int quantity, CancellationToken ct);

    /// <summary>Units in stock now, as the database has them.</summary>
    Task<int> AvailableAsync(string productId, CancellationToken ct);
}
