using Microsoft.EntityFrameworkCore;

namespace Orders.Infrastructure.Persistence;

/// <summary>How each engine's context is configured, in one place for the application, the EF tools and the tests.
/// Single queries: an order's lines and history come in one round trip (an order has at most 100 lines and a handful of
/// status changes, so the joined rows stay few), where split queries cost three.</summary>
public static class DatabaseEngines
{
    public static TBuilder UseOrdersSqlite<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .AddInterceptors(new SqliteConnectionSetup());
        return options;
    }

    public static TBuilder UseOrdersPostgres<TBuilder>(this TBuilder options, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery));
        return options;
    }
}
