using Microsoft.EntityFrameworkCore;

namespace Orders.Infrastructure.Persistence;

/// <summary>The PostgreSQL engine's context: its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresOrdersDbContext(DbContextOptions<PostgresOrdersDbContext> options) : OrdersDbContext(options);
