using Microsoft.EntityFrameworkCore;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence;

/// <summary>Counts a customer's pending, unpaid orders (through the <c>(UserId, CreatedAt)</c> index). The check at the
/// save is exact: on SQLite every write runs in the single writer, so nothing commits between the count and the order's
/// insert; on PostgreSQL the transaction first takes an advisory lock on the customer, held to its commit, so two
/// placements of one customer count one after the other (read committed: the second count sees the first's order).</summary>
internal sealed class UnpaidOrders(OrdersDbContext db, WritesOnSave writes) : IUnpaidOrders
{
    public Task<int> CountAsync(string userId, CancellationToken ct) => Count(db, userId, ct);

    public void EnsureBelowOnSave(string userId, int limit) => writes.Add(async (context, ct) =>
    {
        if (context is PostgresOrdersDbContext)
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"orders.unpaid:" + userId}, 0))", ct);
        return await Count(context, userId, ct) >= limit ? OrderErrors.TooManyUnpaid(limit) : Result.Success();
    });

    private static Task<int> Count(OrdersDbContext context, string userId, CancellationToken ct) => context.Orders.CountAsync(o =>
        o.UserId == userId && o.Status == OrderStatus.Pending
        && (o.PaymentStatus == PaymentStatus.RequiresPayment || o.PaymentStatus == PaymentStatus.Failed), ct);
}
