using Microsoft.Data.Sqlite;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.Specifications;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence.Specifications;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Every order read on SQLite without EF Core, as prepared statements on kept connections
/// (<see cref="SqliteReadConnections"/>): the one order by id or number, and every list, with the same rows, order and
/// total as <see cref="OrderListSpec"/> through EF (<see cref="EfOrderReader"/>). The SQL is EF's for that
/// specification, so SQLite plans it the same way; each combination of filters is its own statement, prepared once per
/// connection.</summary>
public sealed class SqliteOrderReader : IOrderViews
{
    // The view only when it was written for this version of the order in this format; else null, and it is rebuilt.
    private static readonly string Servable = $"""SELECT "Id", CASE WHEN "{OrderViewJson.FormatColumn}" = {OrderViewJson.Format} """
        + $"""AND "{OrderViewJson.VersionColumn}" = "Version" THEN "{OrderViewJson.Column}" END FROM "Orders" """;

    private static readonly string ById = Servable + """WHERE "Id" = $key LIMIT 1""";
    private static readonly string ByNumber = Servable + """WHERE "OrderNumber" = $key LIMIT 1""";
    private const string Newest = """ORDER BY "CreatedAt" DESC, "Id" DESC""";
    private const string Oldest = """ORDER BY "CreatedAt", "Id" """;

    private readonly SqliteReadConnections _connections;
    private readonly OrderViewRebuild _rebuild;

    internal SqliteOrderReader(SqliteReadConnections connections, OrderViewRebuild rebuild)
    {
        _connections = connections;
        _rebuild = rebuild;
    }

    public async Task<OrderDto?> FindAsync(OrderRef order, CancellationToken ct)
    {
        var rows = await _connections.ReadAsync(reads =>
        {
            var command = reads.Prepared(order.IsNumber ? ByNumber : ById);
            command.Parameters["$key"].Value = order.Value;
            return RowsAsync(command, ct);
        });
        return rows.Count == 0 ? null : (await _rebuild.ServeAsync(rows, ct)).SingleOrDefault();
    }

    public async Task<PagedList<OrderDto>> ListAsync(OrderFilter filter, OrderSort sort, PageRequest page, CancellationToken ct)
    {
        var where = Where(filter);
        var (rows, total) = await _connections.ReadAsync(async reads =>
        {
            var select = reads.Prepared($"{Servable}{where} {(sort == OrderSort.Newest ? Newest : Oldest)} LIMIT $take OFFSET $skip");
            Bind(select, filter);
            select.Parameters["$take"].Value = page.Limit;
            select.Parameters["$skip"].Value = page.Skip;
            var found = await RowsAsync(select, ct);
            if (PageEnd.Total(page.Skip, page.Limit, found.Count) is { } known) return (found, known);

            var count = reads.Prepared($"""SELECT count(*) FROM "Orders" {where}""");
            Bind(count, filter);
            return (found, Convert.ToInt32(await count.ExecuteScalarAsync(ct)));
        });
        var items = (await _rebuild.ServeAsync(rows, ct)).Select(o => o.Listed()).ToList();
        return PagedList<OrderDto>.Of(items, page.Skip, page.Limit, total);
    }

    // The conditions in OrderListSpec's order. Instants are stored as UTC date-times in EF's text form, which is also the
    // form Microsoft.Data.Sqlite binds a DateTime in; the search is EF's translation of string.Contains.
    private static string Where(OrderFilter filter)
    {
        var conditions = new List<string>(5);
        if (filter.UserId is not null) conditions.Add("\"UserId\" = $user");
        if (filter.Status is not null) conditions.Add("\"Status\" = $status");
        if (filter.Created?.From is not null) conditions.Add("\"CreatedAt\" >= $from");
        if (filter.Created?.ToExclusive is not null) conditions.Add("\"CreatedAt\" < $to");
        if (filter.SearchTerm is not null) conditions.Add("instr(\"SearchText\", $term) > 0");
        return conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
    }

    private static void Bind(SqliteCommand command, OrderFilter filter)
    {
        if (filter.UserId is { } user) command.Parameters["$user"].Value = user;
        if (filter.Status is { } status) command.Parameters["$status"].Value = status.ToString();
        if (filter.Created?.From is { } from) command.Parameters["$from"].Value = from.UtcDateTime;
        if (filter.Created?.ToExclusive is { } to) command.Parameters["$to"].Value = to.UtcDateTime;
        if (filter.SearchTerm is { } term) command.Parameters["$term"].Value = term;
    }

    private static async Task<List<StoredOrderView>> RowsAsync(SqliteCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<StoredOrderView>();
        while (await reader.ReadAsync(ct)) rows.Add(new StoredOrderView(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1)));
        return rows;
    }
}
