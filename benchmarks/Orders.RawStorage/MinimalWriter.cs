using System.Data.Common;
using System.Globalization;

namespace Orders.RawStorage;

/// <summary>The minimal durable unit of work that placing an order needs (issue 23's ruler): read the 2 products,
/// 2 conditional stock updates, insert the order, its 2 lines, 1 history row and 1 outbox row, commit. Nothing the
/// service chose to add on top: no month's number statement (the number is made here), no stored view, no search text
/// beyond the number. Commands are prepared once per connection, as a raw client would.</summary>
internal sealed class MinimalWriter : IPlacement
{
    private const string UserId = "raw-user";

    private readonly DbConnection _connection;
    private readonly IReadOnlyList<Product> _products;
    private readonly string _yearMonth;
    private readonly DbCommand _read;
    private readonly DbCommand _reserve;
    private readonly DbCommand _order;
    private readonly DbCommand _line;
    private readonly DbCommand _history;
    private readonly DbCommand _outbox;

    private MinimalWriter(DbConnection connection, IReadOnlyList<Product> products)
    {
        _connection = connection;
        _products = products;
        _yearMonth = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        _read = Command("""SELECT "Id", "Name", "Price", "Stock" FROM "Products" WHERE "Id" IN (@a, @b) AND "Active" """, "a", "b");
        _reserve = Command("""UPDATE "Products" SET "Stock" = "Stock" - @q WHERE "Id" = @id AND "Stock" >= @q""", "q", "id");
        _order = Command("""
            INSERT INTO "Orders" ("Id", "CreatedAt", "Currency", "CustomerEmail", "DiscountAmount", "OrderNumber",
                "PaymentIntentId", "PaymentMethod", "PaymentProvider", "PaymentStatus", "ShippingCost", "ShippingMethod", "Status",
                "Subtotal", "Tax", "TaxRatePercent", "Total", "UpdatedAt", "UserId", "Version", "ShippingCity", "ShippingCountry",
                "ShippingFullName", "ShippingPostalCode", "ShippingStreet", "SearchText")
            VALUES (@id, @now, 'USD', 'raw-user@example.com', 0, @number, @intent, 'Card', 'manual', 'RequiresPayment', 499,
                'Standard', 'Pending', @subtotal, @tax, 8, @total, @now, @user, 1, 'Springfield', 'US', 'Load Test', '12345',
                '1 Main St', @search)
            """, "id", "now", "number", "intent", "subtotal", "tax", "total", "user", "search");
        _line = Command("""
            INSERT INTO "OrderLines" ("Id", "LineTotal", "OrderId", "ProductId", "ProductName", "Quantity", "UnitPrice")
            VALUES (@id, @total, @order, @product, @name, @q, @price)
            """, "id", "total", "order", "product", "name", "q", "price");
        _history = Command("""
            INSERT INTO "OrderStatusHistory" ("At", "By", "From", "Note", "OrderId", "To")
            VALUES (@at, @by, NULL, NULL, @order, 'Pending')
            """, "at", "by", "order");
        _outbox = Command("""
            INSERT INTO "OutboxMessages" ("Id", "Attempts", "CreatedAt", "EventId", "EventType", "Kind", "NextAttemptAt",
                "OrderId", "Payload", "Status", "Target")
            VALUES (@id, 0, @now, @event, 'order.created', 'email', @now, @order, @payload, 'Pending', 'raw-user@example.com')
            """, "id", "now", "event", "order", "payload");
    }

    public static async Task<IPlacement> OpenAsync(DbConnection connection, IReadOnlyList<Product> products, CancellationToken ct)
    {
        var writer = new MinimalWriter(connection, products);
        foreach (var command in writer.Commands) await command.PrepareAsync(ct);
        return writer;
    }

    private IEnumerable<DbCommand> Commands => [_read, _reserve, _order, _line, _history, _outbox];

    public async Task<bool> PlaceAsync(CancellationToken ct)
    {
        var first = Random.Shared.Next(_products.Count);
        var second = (first + 1 + Random.Shared.Next(_products.Count - 1)) % _products.Count;
        (string Id, int Quantity)[] wanted = [(_products[first].Id, Random.Shared.Next(1, 4)), (_products[second].Id, Random.Shared.Next(1, 4))];
        // Locks in product id order, as the API takes them, so that concurrent connections cannot deadlock.
        Array.Sort(wanted, (a, b) => string.CompareOrdinal(a.Id, b.Id));

        // The API's own kind: BEGIN IMMEDIATE on SQLite, READ COMMITTED on PostgreSQL.
        await using var transaction = await _connection.BeginTransactionAsync(ct);
        foreach (var command in Commands) command.Transaction = transaction;

        // The prices and names come from the database, as a real placement reads them.
        var read = new Dictionary<string, Product>(2);
        Set(_read, wanted[0].Id, wanted[1].Id);
        await using (var reader = await _read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) read[reader.GetString(0)] = new Product(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
        }

        foreach (var (id, quantity) in wanted)
        {
            Set(_reserve, quantity, id);
            if (!read.ContainsKey(id) || await _reserve.ExecuteNonQueryAsync(ct) != 1)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }
        }

        var now = DateTime.UtcNow;
        var orderId = Ids.New();
        var subtotal = wanted.Sum(l => read[l.Id].Price * l.Quantity);
        var tax = subtotal * 8 / 100;
        var number = $"{_yearMonth}-{Ids.New()[..10]}";
        // The search text is the number alone: the columns differ in type on PostgreSQL, so one parameter cannot fill both.
        Set(_order, orderId, now, number, $"pi_{Ids.New()}", subtotal, tax, subtotal + tax + 499, UserId, number);
        await _order.ExecuteNonQueryAsync(ct);

        foreach (var (id, quantity) in wanted)
        {
            var product = read[id];
            Set(_line, Ids.New(), product.Price * quantity, orderId, product.Id, product.Name, quantity, product.Price);
            await _line.ExecuteNonQueryAsync(ct);
        }

        Set(_history, now, UserId, orderId);
        await _history.ExecuteNonQueryAsync(ct);
        Set(_outbox, Ids.New(), now, $"evt_{Ids.New()}", orderId, """{"from":null,"to":"Pending","note":null}""");
        await _outbox.ExecuteNonQueryAsync(ct);

        await transaction.CommitAsync(ct);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in Commands) await command.DisposeAsync();
    }

    private DbCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }
}
