namespace Orders.Application.Orders;

/// <summary>The orders a customer holds that are pending with their payment not succeeded (what
/// <see cref="OrderOptions.MaxUnpaidPerCustomer"/> limits).</summary>
public interface IUnpaidOrders
{
    /// <summary>How many the customer holds now, as committed: a cheap early answer before anything is opened.</summary>
    Task<int> CountAsync(string userId, CancellationToken ct);

    /// <summary>At the next save, inside its transaction and one customer at a time, refuses it with
    /// <c>order.too_many_unpaid</c> when the customer already holds <paramref name="limit"/> of them, so concurrent
    /// placements cannot go past the limit together.</summary>
    void EnsureBelowOnSave(string userId, int limit);
}
