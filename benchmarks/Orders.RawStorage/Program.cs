using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Orders.RawStorage;

// The storage rulers for POST /api/orders, and the bulk seed for the load run (see benchmarks/run.sh):
//   seed DATABASE OUTPUT_DIR ORDERS USERS   a year of orders in an API-made SQLite file, plus lists for wrk
//   sqlite DATABASE                         orders/s of the service's own unit of work, 32 workers, one writer at a time
//   sqlite DATABASE --minimal               orders/s of the minimal durable unit of work on ONE connection
//   postgres CONNECTION_STRING OUTPUT_DIR [--minimal]
//                                           either on PostgreSQL, 16 connections writing concurrently; writes
//                                           OUTPUT_DIR/products.txt for the API's run on that database
// RAW_WARMUP and RAW_SECONDS (environment) set the warm-up and the measured window; the figure is printed alone on stdout.
var warmUp = TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("RAW_WARMUP") ?? "3", CultureInfo.InvariantCulture));
var window = TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("RAW_SECONDS") ?? "10", CultureInfo.InvariantCulture));

switch (args)
{
    case ["seed", var database, var output, var orders, var users]:
        await Seeder.SeedAsync(database, output, int.Parse(orders, CultureInfo.InvariantCulture),
            int.Parse(users, CultureInfo.InvariantCulture), CancellationToken.None);
        return 0;

    case ["sqlite", var database, "--minimal"]:
    {
        // Issue 23's ruler: one connection, one commit per order, synchronous=FULL in WAL, nothing else in the way.
        var rate = await Throughput.MeasureAsync(ct => OpenSqliteAsync($"Data Source={database};Default Timeout=5", ct),
            MinimalWriter.OpenAsync, workers: 1, gate: null, warmUp, window);
        Console.WriteLine($"{rate:F0}");
        return 0;
    }

    case ["sqlite", var database]:
        using (var gate = new SemaphoreSlim(1, 1))
        {
            var connectionString = $"Data Source={database};Default Timeout=5";
            var rate = await Throughput.MeasureAsync(ct => OpenSqliteAsync(connectionString, ct), OrderWriter.OpenAsync,
                workers: 32, gate, warmUp, window);
            Console.WriteLine($"{rate:F0}");
        }

        return 0;

    case ["postgres", var connectionString, var output, .. var rest] when rest is [] or ["--minimal"]:
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using (var setup = await source.OpenConnectionAsync())
        {
            await Catalog.EnsureProductsAsync(setup, CancellationToken.None);
            await File.WriteAllLinesAsync(Path.Combine(output, "products.txt"),
                (await Catalog.LoadAsync(setup, CancellationToken.None)).Select(p => p.Id));
        }

        Throughput.Placement placement = rest is ["--minimal"] ? MinimalWriter.OpenAsync : OrderWriter.OpenAsync;
        var rate = await Throughput.MeasureAsync(async ct => await source.OpenConnectionAsync(ct), placement, workers: 16, gate: null, warmUp, window);
        Console.WriteLine($"{rate:F0}");
        return 0;
    }

    default:
        await Console.Error.WriteLineAsync("usage: seed DATABASE OUTPUT_DIR ORDERS USERS | sqlite DATABASE [--minimal] | postgres CONNECTION_STRING OUTPUT_DIR [--minimal]");
        return 2;
}

// The API's connection settings: busy timeout 5 s, synchronous=FULL on every connection (SqliteDurability); the file is
// already in WAL mode (DatabaseInitializer) and stays so.
static async Task<System.Data.Common.DbConnection> OpenSqliteAsync(string connectionString, CancellationToken ct)
{
    var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync(ct);
    await using var pragma = connection.CreateCommand();
    pragma.CommandText = "PRAGMA synchronous=FULL;";
    await pragma.ExecuteNonQueryAsync(ct);
    return connection;
}
