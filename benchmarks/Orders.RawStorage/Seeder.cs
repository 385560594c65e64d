using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Orders.RawStorage;

/// <summary>Fills an API-made SQLite database with a year of orders in one transaction: through the API this takes
/// minutes (one fsync per order), in bulk a few seconds. The orders get no stored view: the API's backfill writes them
/// at its next start, as it would for a database from before views. Writes <c>products.txt</c> (one id per line) and
/// <c>orders.txt</c> (user number, order id, order number per line) for the load script, and the orders the after-sale
/// writes start from, one per request: <c>ready.txt</c> (ready orders to ship: id, version), <c>paid.txt</c> (paid, not
/// ready, to refund: id, version) and <c>pending.txt</c> (unpaid, to edit: id, version, first line's id and quantity).</summary>
internal static class Seeder
{
    private static readonly string[] Statuses = ["Pending", "Paid", "InPreparation", "Ready", "Shipped", "Delivered"];

    // How many of every 8 orders end in each status (index into Statuses): a quarter pending and a quarter ready, so
    // that the after-sale runs (an edit per pending order, a shipment per ready one) have enough orders to start from.
    private static readonly int[] StatusMix = [0, 0, 1, 2, 3, 3, 4, 5];

    public static async Task SeedAsync(string database, string outputDirectory, int orderCount, int userCount, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(ct);
        await Catalog.EnsureProductsAsync(connection, ct);
        var products = await Catalog.LoadAsync(connection, ct);

        var now = DateTime.UtcNow;
        var orders = Enumerable.Range(0, orderCount)
            .Select(_ => (User: Random.Shared.Next(1, userCount + 1), CreatedAt: now.AddSeconds(-Random.Shared.Next(3600, 365 * 86_400))))
            .OrderBy(o => o.CreatedAt)
            .ToList();

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var order = Command(connection, transaction, """
            INSERT INTO "Orders" ("Id", "CreatedAt", "Currency", "CustomerEmail", "DiscountAmount", "OrderNumber", "PaidAt",
                "PaymentIntentId", "PaymentMethod", "PaymentProvider", "PaymentStatus", "ShippingCost", "ShippingMethod", "Status",
                "Subtotal", "Tax", "Total", "UpdatedAt", "UserId", "Version", "ShippingCity", "ShippingCountry", "ShippingFullName",
                "ShippingPostalCode", "ShippingStreet", "SearchText", "TaxRatePercent", "AmountPaid")
            VALUES ($id, $created, 'USD', $email, 0, $number, $paid, $intent, 'Card', 'manual', $payment, 499, 'Standard', $status,
                $subtotal, $tax, $total, $updated, $user, $version, 'Springfield', 'US', $name, '12345', '1 Main St', $search, 8, $amountPaid)
            """);
        var line = Command(connection, transaction, """
            INSERT INTO "OrderLines" ("Id", "LineTotal", "OrderId", "ProductId", "ProductName", "Quantity", "UnitPrice", "Shipped", "Delivered")
            VALUES ($id, $total, $order, $product, $name, $quantity, $price, $shipped, $delivered)
            """);
        // The manual provider's record of each intent, as placement writes it.
        var payment = Command(connection, transaction, """
            INSERT INTO "ManualPayments" ("IntentId", "Amount", "CreatedAt", "Currency", "OrderId") VALUES ($intent, $amount, $created, 'USD', $order)
            """);
        var history = Command(connection, transaction, """
            INSERT INTO "OrderStatusHistory" ("At", "By", "From", "Note", "OrderId", "To") VALUES ($at, $by, $from, NULL, $order, $to)
            """);
        var sequence = Command(connection, transaction, """
            INSERT INTO "NumberSequences" ("Name", "Value") VALUES ($name, $value)
            ON CONFLICT ("Name") DO UPDATE SET "Value" = max("Value", excluded."Value")
            """);

        await using var list = new StreamWriter(Path.Combine(outputDirectory, "orders.txt"));
        await using var ready = new StreamWriter(Path.Combine(outputDirectory, "ready.txt"));
        await using var paid = new StreamWriter(Path.Combine(outputDirectory, "paid.txt"));
        await using var pending = new StreamWriter(Path.Combine(outputDirectory, "pending.txt"));
        var perMonth = new Dictionary<string, long>();
        foreach (var (user, createdAt) in orders)
        {
            var month = createdAt.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            perMonth[month] = perMonth.GetValueOrDefault(month) + 1;
            var number = $"{month}-{perMonth[month]:D4}";
            var id = Ids.New();
            var userId = $"user-{user:D3}";
            var steps = StatusMix[Random.Shared.Next(StatusMix.Length)];
            var chosen = Enumerable.Range(0, Random.Shared.Next(1, 4)).Select(_ => products[Random.Shared.Next(products.Count)]).DistinctBy(p => p.Id).ToList();
            var quantities = chosen.Select(_ => Random.Shared.Next(1, 4)).ToList();
            var subtotal = chosen.Select((p, i) => p.Price * quantities[i]).Sum();
            var tax = subtotal * 8 / 100;

            var intent = $"pi_{Ids.New()}";
            var total = subtotal + tax + 499;
            Run(order, id, createdAt, $"{userId}@example.com", number, steps > 0 ? createdAt.AddMinutes(5) : null, intent,
                steps > 0 ? "Succeeded" : "RequiresPayment", Statuses[steps], subtotal, tax, total,
                createdAt.AddMinutes(5 * steps), userId, steps + 1, $"Customer {user:D3}",
                string.Join(' ', chosen.Select(p => p.Name).Prepend(number)).ToLowerInvariant(), steps > 0 ? total : 0L);
            Run(payment, intent, total, createdAt, id);
            // The quantity ledger of a shipped or delivered order: every unit went out (and arrived).
            var lineIds = chosen.Select(_ => Ids.New()).ToList();
            for (var i = 0; i < chosen.Count; i++)
                Run(line, lineIds[i], chosen[i].Price * quantities[i], id, chosen[i].Id, chosen[i].Name, quantities[i], chosen[i].Price,
                    Statuses[steps] is "Shipped" or "Delivered" ? quantities[i] : 0, Statuses[steps] is "Delivered" ? quantities[i] : 0);
            for (var step = 0; step <= steps; step++)
                Run(history, createdAt.AddMinutes(5 * step), step == 0 ? userId : "admin", step == 0 ? null : Statuses[step - 1], id, Statuses[step]);
            await list.WriteLineAsync($"{user} {id} {number}");
            switch (Statuses[steps])
            {
                case "Ready": await ready.WriteLineAsync($"{id} {steps + 1}"); break;
                case "Pending": await pending.WriteLineAsync($"{id} {steps + 1} {lineIds[0]} {quantities[0]}"); break;
                default: await paid.WriteLineAsync($"{id} {steps + 1}"); break;
            }
        }

        foreach (var (month, value) in perMonth) Run(sequence, $"order-number:{month}", value);
        await transaction.CommitAsync(ct);
        // The copy for the raw run is taken from the main file alone, so everything is moved out of the WAL first.
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync(ct);
        }

        await using var productList = new StreamWriter(Path.Combine(outputDirectory, "products.txt"));
        foreach (var product in products) await productList.WriteLineAsync(product.Id);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    // Parameters are bound by position ($1 is the first name in the statement), which keeps the loop above short.
    private static void Run(SqliteCommand command, params object?[] values)
    {
        if (command.Parameters.Count == 0)
        {
            var names = Regex.Matches(command.CommandText, @"\$\w+").Select(m => m.Value).Distinct();
            foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
            command.Prepare();
        }

        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }
}
