using Microsoft.EntityFrameworkCore;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence;

/// <summary>The SQLite engine's context: its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteOrdersDbContext(DbContextOptions<SqliteOrdersDbContext> options) : OrdersDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The admins' search over a date range is answered from this index alone, without reading a row. Not on
        // PostgreSQL: there a B-tree entry is capped at a third of a page, too little for an order of many lines.
        modelBuilder.Entity<Order>().HasIndex(o => new { o.CreatedAt, o.SearchText });
    }
}
