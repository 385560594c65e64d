using Npgsql;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Orders.RawStorage;

/// <summary>Places one order with the statements the API's POST /api/orders runs, on any ADO.NET connection: two
/// conditional stock updates (in product id order, as the API locks them), the month's number, the order row (with its
/// search text and stored view), two lines, one history row and one outbox row, then commit. Commands are prepared
/// once per connection, as a raw client would.</summary>
internal sealed class OrderWriter : IPlacement
{
    private const string UserId = "raw-user";

    private readonly DbConnection _connection;
    private readonly IReadOnlyList<Product> _products;
    private readonly string _sequenceName;
    private readonly string _yearMonth;
    private readonly DbCommand _reserve;
    private readonly DbCommand _nextNumber;
    private readonly DbCommand _order;
    private readonly DbCommand _line;
    private readonly DbCommand _history;
    private readonly DbCommand _outbox;

    private OrderWriter(DbConnection connection, IReadOnlyList<Product> products, DateTime now)
    {
        _connection = connection;
        _products = products;
        _yearMonth = now.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        _sequenceName = $"order-number:{_yearMonth}";
        _reserve = Command("""UPDATE "Products" SET "Stock" = "Stock" - @q WHERE "Id" = @id AND "Stock" >= @q""", "q", "id");
        // As NumberSequences does it: PostgreSQL takes order numbers from the month's sequence (nextval ignores @name).
        _nextNumber = connection is NpgsqlConnection
            ? Command($"SELECT nextval('seq_order_number_{_yearMonth.Replace('-', '_')}') + 0 * length(@name)", "name")
            : Command("""UPDATE "NumberSequences" SET "Value" = "Value" + 1 WHERE "Name" = @name RETURNING "Value" """, "name");
        _order = Command("""
            INSERT INTO "Orders" ("Id", "CreatedAt", "Currency", "CustomerEmail", "DiscountAmount", "OrderNumber",
                "PaymentClientSecret", "PaymentIntentId", "PaymentMethod", "PaymentProvider", "PaymentStatus", "ShippingCost",
                "ShippingMethod", "Status", "Subtotal", "Tax", "Total", "UpdatedAt", "UserId", "Version", "ShippingCity",
                "ShippingCountry", "ShippingFullName", "ShippingPostalCode", "ShippingStreet", "SearchText", "View")
            VALUES (@id, @now, 'USD', 'raw-user@example.com', 0, @number, @secret, @intent, 'Card', 'manual', 'RequiresPayment',
                499, 'Standard', 'Pending', @subtotal, @tax, @total, @now, @user, 1, 'Springfield', 'US', 'Load Test', '12345',
                '1 Main St', @search, @view)
            """, "id", "now", "number", "secret", "intent", "subtotal", "tax", "total", "user", "search", "view");
        _line = Command("""
            INSERT INTO "OrderLines" ("Id", "LineTotal", "OrderId", "ProductId", "ProductName", "Quantity", "UnitPrice")
            VALUES (@id, @total, @order, @product, @name, @q, @price)
            """, "id", "total", "order", "product", "name", "q", "price");
        _history = Command("""
            INSERT INTO "OrderStatusHistory" ("At", "By", "From", "Note", "OrderId", "To")
            VALUES (@at, @by, NULL, NULL, @order, 'Pending') RETURNING "Id"
            """, "at", "by", "order");
        _outbox = Command("""
            INSERT INTO "OutboxMessages" ("Id", "Attempts", "CreatedAt", "EventId", "EventType", "Kind", "NextAttemptAt",
                "OrderId", "Payload", "Status", "Target")
            VALUES (@id, 0, @now, @event, 'order.created', 'email', @now, @order, @payload, 'Pending', 'raw-user@example.com')
            """, "id", "now", "event", "order", "payload");
    }

    public static async Task<IPlacement> OpenAsync(DbConnection connection, IReadOnlyList<Product> products, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        await using (var ensure = connection.CreateCommand())
        {
            // First use of the month's counter, as NumberSequences does it: two first users may race.
            ensure.CommandText = """INSERT INTO "NumberSequences" ("Name", "Value") VALUES (@name, 0) ON CONFLICT DO NOTHING""";
            AddParameter(ensure, "name", $"order-number:{now:yyyy-MM}");
            await ensure.ExecuteNonQueryAsync(ct);
            if (connection is NpgsqlConnection)
            {
                ensure.CommandText = """SELECT "Value" FROM "NumberSequences" WHERE "Name" = @name""";
                var counted = Convert.ToInt64(await ensure.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
                ensure.CommandText = string.Create(CultureInfo.InvariantCulture,
                    $"CREATE SEQUENCE IF NOT EXISTS seq_order_number_{now:yyyy_MM} START WITH {counted + 1}");
                try { await ensure.ExecuteNonQueryAsync(ct); }
                catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable) { }
            }
        }

        var writer = new OrderWriter(connection, products, now);
        foreach (var command in writer.Commands) await command.PrepareAsync(ct);
        return writer;
    }

    private IEnumerable<DbCommand> Commands => [_reserve, _nextNumber, _order, _line, _history, _outbox];

    public async Task<bool> PlaceAsync(CancellationToken ct)
    {
        var first = Random.Shared.Next(_products.Count);
        var second = (first + 1 + Random.Shared.Next(_products.Count - 1)) % _products.Count;
        (Product Product, int Quantity)[] lines =
        [
            (_products[first], Random.Shared.Next(1, 4)),
            (_products[second], Random.Shared.Next(1, 4)),
        ];
        Array.Sort(lines, (a, b) => string.CompareOrdinal(a.Product.Id, b.Product.Id));

        // The API's own kind: BEGIN IMMEDIATE on SQLite, READ COMMITTED on PostgreSQL.
        await using var transaction = await _connection.BeginTransactionAsync(ct);
        foreach (var command in Commands) command.Transaction = transaction;

        foreach (var (product, quantity) in lines)
        {
            Set(_reserve, quantity, product.Id);
            if (await _reserve.ExecuteNonQueryAsync(ct) != 1)
            {
                await transaction.RollbackAsync(ct);
                return false;
            }
        }

        Set(_nextNumber, _sequenceName);
        var sequence = Convert.ToInt64(await _nextNumber.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

        var now = DateTime.UtcNow;
        var orderId = Ids.New();
        var subtotal = lines.Sum(l => l.Product.Price * l.Quantity);
        var tax = subtotal * 8 / 100;
        var intent = $"pi_{Ids.New()}";
        var number = $"{_yearMonth}-{sequence:D4}";
        var secret = $"{intent}_secret_{Guid.NewGuid():N}";
        Set(_order, orderId, now, number, secret, intent, subtotal, tax, subtotal + tax + 499, UserId,
            string.Join(' ', lines.Select(l => l.Product.Name).Prepend(number)).ToLowerInvariant(),
            View(orderId, number, now, lines, subtotal, tax, intent, secret));
        await _order.ExecuteNonQueryAsync(ct);

        foreach (var (product, quantity) in lines)
        {
            Set(_line, Ids.New(), product.Price * quantity, orderId, product.Id, product.Name, quantity, product.Price);
            await _line.ExecuteNonQueryAsync(ct);
        }

        Set(_history, now, UserId, orderId);
        await _history.ExecuteScalarAsync(ct);
        Set(_outbox, Ids.New(), now, $"evt_{Ids.New()}", orderId, """{"from":null,"to":"Pending","note":null}""");
        await _outbox.ExecuteNonQueryAsync(ct);

        await transaction.CommitAsync(ct);
        return true;
    }

    // The order as its stored view, the shape and size the API keeps beside each order.
    private static string View(string id, string number, DateTime now, (Product Product, int Quantity)[] lines, long subtotal,
        long tax, string intent, string secret) => JsonSerializer.Serialize(new
    {
        id, orderNumber = number, userId = UserId, status = "Pending",
        items = lines.Select(l => new
        {
            id = Ids.New(), productId = l.Product.Id, productName = l.Product.Name, productImage = (string?)null,
            unitPrice = l.Product.Price, quantity = l.Quantity, lineTotal = l.Product.Price * l.Quantity,
        }),
        subtotal, discountCode = (string?)null, discountAmount = 0, tax, shippingCost = 499, total = subtotal + tax + 499,
        currency = "USD",
        shippingAddress = new { fullName = "Load Test", street = "1 Main St", city = "Springfield", postalCode = "12345", country = "US", phone = (string?)null },
        shippingMethod = "Standard", shippingCarrier = (string?)null, trackingNumber = (string?)null,
        payment = new { method = "Card", status = "RequiresPayment", provider = "manual", intentId = intent, clientSecret = secret },
        statusHistory = new[] { new { from = (string?)null, to = "Pending", at = now, by = UserId, note = (string?)null } },
        createdAt = now, updatedAt = now, estimatedDeliveryDate = DateOnly.FromDateTime(now.AddDays(5)), hasReviewed = false,
        version = 1,
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var command in Commands) await command.DisposeAsync();
    }

    private DbCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) AddParameter(command, name, null);
        return command;
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    }
}
