using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Orders.Infrastructure.Persistence;

namespace Orders.IntegrationTests.Persistence;

/// <summary>A database made by the SQLite migrations has exactly the tables, columns, indexes and checks that the EF
/// model would create: a hand edit to a generated migration cannot drift from the model unnoticed.</summary>
public sealed class SchemaMatchesModelTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orders-schema-").FullName;

    [Fact]
    public async Task MigratedSqliteDatabase_HasExactlyTheModelsSchema()
    {
        var migrated = await SchemaOf("migrated.db", db => db.Database.MigrateAsync());
        var modelled = await SchemaOf("modelled.db", db => db.Database.EnsureCreatedAsync());

        migrated.ShouldBe(modelled);
    }

    private async Task<List<string>> SchemaOf(string file, Func<OrdersDbContext, Task> create)
    {
        var connectionString = $"Data Source={Path.Combine(_directory, file)}";
        await using (var db = new SqliteOrdersDbContext(new DbContextOptionsBuilder<SqliteOrdersDbContext>().UseOrdersSqlite(connectionString).Options))
        {
            await create(db);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var schema = new List<string>();
        foreach (var table in await Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_EF%' ESCAPE '\\' ORDER BY name"))
        {
            schema.Add($"table {table}");
            schema.AddRange(await Strings(connection,
                $"SELECT 'column ' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}') ORDER BY name"));
            schema.AddRange(await Strings(connection,
                $"SELECT 'fk ' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""));
            foreach (var index in await Strings(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') ORDER BY name"))
            {
                var name = index.Split(' ')[0];
                var columns = await Strings(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno");
                schema.Add($"index {index} ({string.Join(", ", columns)})");
            }
        }

        var checks = await Strings(connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK%' ORDER BY name");
        schema.AddRange(checks.Select(sql => "check " + sql[sql.IndexOf("CONSTRAINT \"CK", StringComparison.Ordinal)..].Split('\n')[0].Trim()));
        return schema;
    }

    private static async Task<List<string>> Strings(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
