using System.Data.Common;
using System.Globalization;

namespace Orders.RawStorage;

/// <summary>The products the benchmarks order from: 1,000 with ample stock, inserted when the table is empty.</summary>
internal static class Catalog
{
    public const int ProductCount = 1000;
    public const int AmpleStock = 100_000_000;

    // Names give the admin search (q) something to find in a few percent of the lines.
    private static readonly string[] Words =
        ["Lamp", "Chair", "Desk", "Mug", "Cable", "Sofa", "Shelf", "Clock", "Rug", "Fan", "Kettle", "Pillow", "Mirror",
         "Vase", "Stool", "Bench", "Towel", "Blanket", "Basket", "Candle"];

    public static async Task<IReadOnlyList<Product>> LoadAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Name", "Price" FROM "Products" WHERE "Active" ORDER BY "Id" """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var products = new List<Product>();
        while (await reader.ReadAsync(ct)) products.Add(new Product(reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        if (products.Count < 2) throw new InvalidOperationException("The database has fewer than 2 active products.");
        return products;
    }

    public static async Task EnsureProductsAsync(DbConnection connection, CancellationToken ct)
    {
        await using (var count = connection.CreateCommand())
        {
            count.CommandText = """SELECT COUNT(*) FROM "Products" """;
            if (Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0) return;
        }

        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "Products" ("Id", "Name", "Description", "Price", "Stock", "Images", "Active", "CreatedAt", "UpdatedAt")
            VALUES (@id, @name, 'A product for the benchmarks', @price, @stock, '[]', TRUE, @now, @now)
            """;
        var now = DateTime.UtcNow;
        for (var i = 0; i < ProductCount; i++)
        {
            insert.Parameters.Clear();
            Add(insert, "id", Ids.New());
            Add(insert, "name", $"{Words[i % Words.Length]} {i:D4}");
            Add(insert, "price", 199L + (i * 37 % 20_000));
            Add(insert, "stock", AmpleStock);
            Add(insert, "now", now);
            await insert.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
