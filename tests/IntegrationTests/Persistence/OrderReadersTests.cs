using System.Text.Json;
using Mapster;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.ListOrders;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Persistence.Views;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>The two readers of orders (<see cref="EfOrderReader"/>, <see cref="SqliteOrderReader"/>) on one SQLite
/// database give the same answer, byte for byte, to every read: by id, by number, and every filter, sort and page of
/// the owner's and the admin's lists; and the right one, against the seeded orders. Neither serves a stored view written
/// for another version of the order or in another format.</summary>
public sealed class OrderReadersTests(OrderReadersDatabase database) : IClassFixture<OrderReadersDatabase>
{
    private static readonly OrderStatus?[] Statuses = [null, OrderStatus.Pending, OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Canceled, OrderStatus.Rejected];
    private static readonly string?[] Searches = [null, "lamp", "  LAMPE À  ", "ñandú", "古い", "2026-03-0007", "éclair", "nothing like it"];

    [Fact]
    public async Task OnSqlite_TheChosenReader_IsThePreparedStatementOne()
    {
        await using var scope = database.Api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IOrderViews>().ShouldBeOfType<SqliteOrderReader>();
    }

    [Fact]
    public async Task FindAsync_ByIdAndByNumber_BothReadersServeTheOrderAsItsAggregateIs()
    {
        await using var scope = database.Api.Services.CreateAsyncScope();
        var readers = Readers(scope);
        var rebuilt = await RebuiltAsync(scope);

        foreach (var order in database.Orders)
        {
            foreach (var reference in new[] { order.Id, order.OrderNumber })
            {
                foreach (var reader in readers)
                    Json(await reader.FindAsync(OrderRef.Parse(reference), default)).ShouldBe(Json(rebuilt[order.Id]), $"{reader.GetType().Name} {reference}");
            }
        }

        foreach (var reader in readers)
        {
            (await reader.FindAsync(OrderRef.Parse("nosuchorder"), default)).ShouldBeNull();
            (await reader.FindAsync(OrderRef.Parse("2026-03-9999"), default)).ShouldBeNull();
        }
    }

    [Fact]
    public async Task ListAsync_OwnersLists_EveryStatusSortAndPage_BothReadersAnswerTheSame()
    {
        var compared = 0;
        foreach (var user in OrderReadersDatabase.Users.Append("nobody"))
        {
            foreach (var status in Statuses)
                compared += await CompareEveryPageAsync(new OrderFilter(user, status));
        }

        compared.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task ListAsync_AdminsLists_EveryFilterSortAndPage_BothReadersAnswerTheSame()
    {
        var from = database.From;
        DateRange?[] ranges =
        [
            null,
            new DateRange(from.AddDays(2), null),
            new DateRange(null, from.AddDays(3).AddTicks(1_234_567 * 13)),
            new DateRange(from.AddHours(25), from.AddHours(70)),
            new DateRange(database.Orders[7].CreatedAt, database.Orders[20].CreatedAt), // the very instants: >= and <
        ];
        var compared = 0;
        foreach (var user in new string?[] { null, "chen" })
        {
            foreach (var status in Statuses)
            {
                foreach (var range in ranges)
                {
                    foreach (var search in Searches)
                        compared += await CompareEveryPageAsync(new OrderFilter(user, status, range, search));
                }
            }
        }

        compared.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task StaleViews_AreNeverServed_AndAreWrittenAgain()
    {
        var older = await database.PlaceAsync("stale0000version", 1, "stale-owner");
        var oldFormat = await database.PlaceAsync("stale0000format", 2, "stale-owner");
        var newerFormat = await database.PlaceAsync("stale0000newer", 3, "stale-owner");
        var missing = await database.PlaceAsync("stale0000missing", 4, "stale-owner");

        // Each as a build or a write that bypassed the save could have left it: a view telling another story.
        await WriteViewAsync(older, older.Version - 1, OrderViewJson.Format);
        await WriteViewAsync(oldFormat, oldFormat.Version, OrderViewJson.Format - 1);
        await WriteViewAsync(newerFormat, newerFormat.Version, OrderViewJson.Format + 1);
        await WriteViewAsync(missing, missing.Version, OrderViewJson.Format, view: null);

        await ServedAsTheAggregateAsync([older, oldFormat, newerFormat, missing]);

        // The readers asked for them to be written again; a newer format's view is left for the build that wrote it.
        await Eventually.TrueAsync(async () => await IsCurrentAsync(older) && await IsCurrentAsync(oldFormat) && await IsCurrentAsync(missing),
            "the stale views rewritten");
        (await IsCurrentAsync(newerFormat)).ShouldBeFalse();
        await ServedAsTheAggregateAsync([older, oldFormat, newerFormat, missing]);
    }

    [Fact]
    public async Task Backfill_WritesEveryViewThatMayNotBeServed_WithoutAnyRead()
    {
        var older = await database.PlaceAsync("sweep000version", 5, "sweep-owner");
        var oldFormat = await database.PlaceAsync("sweep000format", 6, "sweep-owner");
        var backfill = database.Api.Services.GetRequiredService<OrderViewBackfill>();
        await WriteViewAsync(older, older.Version - 1, OrderViewJson.Format);
        await WriteViewAsync(oldFormat, oldFormat.Version, 0);

        (await backfill.RunAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(2);

        (await IsCurrentAsync(older)).ShouldBeTrue();
        (await IsCurrentAsync(oldFormat)).ShouldBeTrue();
        await ServedAsTheAggregateAsync([older, oldFormat]);
    }

    // Every page of the filtered list in both sorts, at two page sizes, one page past the end included; returns how
    // many answers were compared.
    private async Task<int> CompareEveryPageAsync(OrderFilter filter)
    {
        await using var scope = database.Api.Services.CreateAsyncScope();
        var readers = Readers(scope);
        var compared = 0;
        foreach (var sort in new[] { OrderSort.Newest, OrderSort.Oldest })
        {
            var expected = Expected(filter, sort);
            foreach (var limit in new[] { 4, 100 })
            {
                for (var number = 1; number <= expected.Count / limit + 2; number++)
                {
                    var page = new PageRequest(number, limit);
                    var answers = new List<string>();
                    foreach (var reader in readers)
                    {
                        var list = await reader.ListAsync(filter, sort, page, default);
                        list.Total.ShouldBe(expected.Count, $"{reader.GetType().Name} {filter} {sort} {page}");
                        list.Items.Select(o => o.Id).ShouldBe(expected.Skip(page.Skip).Take(limit), $"{reader.GetType().Name} {filter} {sort} {page}");
                        list.Items.ShouldAllBe(o => o.Payment.ClientSecret == null);
                        answers.Add(Json(list));
                    }

                    answers.Distinct().Count().ShouldBe(1, $"{filter} {sort} {page}");
                    compared++;
                }
            }
        }

        return compared;
    }

    // The seeded orders the filter selects, in the sort's order (ids compare as SQLite compares text).
    private List<string> Expected(OrderFilter filter, OrderSort sort)
    {
        var matching = database.Orders.Where(o =>
            (filter.UserId is null || o.UserId == filter.UserId)
            && (filter.Status is null || o.Status == filter.Status)
            && (filter.Created?.From is not { } from || o.CreatedAt >= from)
            && (filter.Created?.ToExclusive is not { } to || o.CreatedAt < to)
            && (filter.SearchTerm is not { } term || o.SearchText.Contains(term, StringComparison.Ordinal)));
        var sorted = sort == OrderSort.Newest
            ? matching.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id, StringComparer.Ordinal)
            : matching.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id, StringComparer.Ordinal);
        return sorted.Select(o => o.Id).ToList();
    }

    // By id, by number and in the owner's list, each reader serves what the aggregate says now, never the stored view.
    private async Task ServedAsTheAggregateAsync(Order[] orders)
    {
        await using var scope = database.Api.Services.CreateAsyncScope();
        var rebuilt = await RebuiltAsync(scope);
        foreach (var reader in Readers(scope))
        {
            foreach (var order in orders)
            {
                var expected = Json(rebuilt[order.Id]);
                Json(await reader.FindAsync(OrderRef.Parse(order.Id), default)).ShouldBe(expected, reader.GetType().Name);
                Json(await reader.FindAsync(OrderRef.Parse(order.OrderNumber), default)).ShouldBe(expected, reader.GetType().Name);
                var listed = await reader.ListAsync(new OrderFilter(order.UserId), OrderSort.Newest, new PageRequest(1, 100), default);
                Json(listed.Items.Single(o => o.Id == order.Id)).ShouldBe(Json(rebuilt[order.Id].Listed()), reader.GetType().Name);
            }
        }
    }

    private async Task WriteViewAsync(Order order, int version, int format, string? view = "stale")
    {
        await using var scope = database.Api.Services.CreateAsyncScope();
        var mapping = scope.ServiceProvider.GetRequiredService<TypeAdapterConfig>();
        var story = order.Complete(mapping) with { Status = OrderStatus.Delivered, Total = 1, Version = version };
        await using var connection = new SqliteConnection(database.Api.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """UPDATE "Orders" SET "View" = $view, "ViewVersion" = $version, "ViewFormat" = $format WHERE "Id" = $id""";
        command.Parameters.AddWithValue("$view", view is null ? DBNull.Value : OrderViewJson.Write(story));
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$format", format);
        command.Parameters.AddWithValue("$id", order.Id);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    // The stored view is the one the aggregate gives, for its version, in this format.
    private async Task<bool> IsCurrentAsync(Order order)
    {
        await using var scope = database.Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var row = await db.Orders.AsNoTracking().Where(o => o.Id == order.Id).Select(o => new
        {
            View = EF.Property<string?>(o, OrderViewJson.Column),
            ViewVersion = EF.Property<int>(o, OrderViewJson.VersionColumn),
            ViewFormat = EF.Property<int>(o, OrderViewJson.FormatColumn),
            o.Version,
        }).SingleAsync();
        var rebuilt = (await RebuiltAsync(scope))[order.Id];
        return row.View is not null && row.ViewFormat == OrderViewJson.Format && row.ViewVersion == row.Version
            && Json(OrderViewJson.Read(System.Text.Encoding.UTF8.GetBytes(row.View))) == Json(rebuilt);
    }

    private static IOrderViews[] Readers(AsyncServiceScope scope) =>
        [scope.ServiceProvider.GetRequiredService<EfOrderReader>(), scope.ServiceProvider.GetRequiredService<SqliteOrderReader>()];

    private static async Task<Dictionary<string, OrderDto>> RebuiltAsync(AsyncServiceScope scope)
    {
        var mapping = scope.ServiceProvider.GetRequiredService<TypeAdapterConfig>();
        var orders = await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Orders.AsNoTracking().ToListAsync();
        return orders.ToDictionary(o => o.Id, o => o.Complete(mapping));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
