using Microsoft.EntityFrameworkCore;
using Npgsql;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The PostgreSQL migrations give a database exactly the tables, columns (with PostgreSQL's own types),
/// indexes and constraints the model would.</summary>
public sealed class PostgresSchemaTests
{
    [Fact]
    public async Task MigratedPostgresDatabase_HasExactlyTheModelsSchema()
    {
        var migrated = await SchemaOf(db => db.Database.MigrateAsync());
        var modelled = await SchemaOf(db => db.Database.EnsureCreatedAsync());

        migrated.ShouldBe(modelled);
        migrated.ShouldContain("Orders.CreatedAt timestamp with time zone null=NO identity=NO");
        migrated.ShouldContain("Orders.Total bigint p64,0 null=NO identity=NO");
        migrated.ShouldContain("OutboxMessages.Payload text null=NO identity=NO");
        migrated.ShouldContain("OrderStatusHistory.Id bigint p64,0 null=NO identity=YES");
    }

    private static async Task<List<string>> SchemaOf(Func<OrdersDbContext, Task> create)
    {
        var connectionString = PostgresServer.Shared.CreateDatabase();
        await using (var db = new PostgresOrdersDbContext(new DbContextOptionsBuilder<PostgresOrdersDbContext>().UseOrdersPostgres(connectionString).Options))
        {
            await create(db);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var schema = await Strings(connection, """
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || coalesce(' p' || numeric_precision || ',' || numeric_scale, '') || ' null=' || is_nullable
                   || ' identity=' || is_identity
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_EF%'
            ORDER BY table_name, column_name
            """);
        schema.AddRange(await Strings(connection, """
            SELECT tablename || ' ' || indexname || ' ' || regexp_replace(indexdef, '^.* USING ', '')
            FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\_\_EF%' ORDER BY tablename, indexname
            """));
        schema.AddRange(await Strings(connection, """
            SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"\_\_EF%' ORDER BY 1
            """));
        return schema;
    }

    private static async Task<List<string>> Strings(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
