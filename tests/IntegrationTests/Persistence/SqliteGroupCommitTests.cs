using System.Data;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ardalis.Result;
using Orders.Domain.Products;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>Issue 10's group commit on SQLite: units of work waiting together commit in one transaction, each in its own
/// savepoint, so one that fails or throws leaves nothing and costs the others nothing, and none is answered before the
/// commit that makes it durable.</summary>
public sealed class SqliteGroupCommitTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Fact]
    public async Task WritesWaitingTogether_CommitInOneTransaction_AndOnlyTheFailedOnesLeaveNothing()
    {
        await factory.CreateClient().GetAsync("/health/ready");
        var writer = factory.Services.GetRequiredService<SqliteGroupCommit>();
        var (groups, units) = (writer.GroupsCommitted, writer.UnitsCommitted);
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var first = Context();
        await using var refused = Context();
        await using var thrown = Context();
        await using var last = Context();

        var firstAnswer = writer.RunAsync(first.Db, async ct =>
        {
            await AddProductAsync(first.Db, "group-first", ct);
            inside.SetResult();
            await release.Task;
            return Result.Success();
        }, CancellationToken.None);
        await inside.Task;
        // The loop is inside the first write: everything queued now joins its group.
        var refusedAnswer = writer.RunAsync(refused.Db, async ct =>
        {
            await AddProductAsync(refused.Db, "group-refused", ct);
            return Result.Conflict("refused after writing");
        }, CancellationToken.None);
        var thrownAnswer = writer.RunAsync(thrown.Db, async Task<Result> (ct) =>
        {
            await AddProductAsync(thrown.Db, "group-thrown", ct);
            throw new InvalidOperationException("thrown after writing");
        }, CancellationToken.None);
        var lastAnswer = writer.RunAsync(last.Db, async ct =>
        {
            await AddProductAsync(last.Db, "group-last", ct);
            return Result.Success();
        }, CancellationToken.None);

        // Written but not committed: no other connection sees it, and its caller has no answer yet.
        (await ProductsOnDiskAsync()).ShouldNotContain("group-first");
        firstAnswer.IsCompleted.ShouldBeFalse();
        release.SetResult();

        (await firstAnswer).IsSuccess.ShouldBeTrue();
        (await lastAnswer).IsSuccess.ShouldBeTrue();
        (await refusedAnswer).Status.ShouldBe(ResultStatus.Conflict);
        (await Should.ThrowAsync<InvalidOperationException>(thrownAnswer)).Message.ShouldBe("thrown after writing");
        var onDisk = await ProductsOnDiskAsync();
        onDisk.ShouldContain("group-first");
        onDisk.ShouldContain("group-last");
        onDisk.ShouldNotContain("group-refused");
        onDisk.ShouldNotContain("group-thrown");
        (writer.GroupsCommitted - groups).ShouldBe(1);
        (writer.UnitsCommitted - units).ShouldBe(2);
    }

    [Fact]
    public async Task ConcurrentOrders_AreOnDiskWhenTheir201Arrives()
    {
        var product = await factory.Admin().CreateProductAsync("Grouped lamp", 5m, 1000);
        var buyers = Enumerable.Range(0, 32).Select(i => factory.ClientFor($"grouped-{i}")).ToList();

        var seen = await Task.WhenAll(buyers.Select(async buyer =>
        {
            var placed = await (await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)))).ShouldBeAsync(HttpStatusCode.Created);
            // Read from another connection the moment the answer is in: a 201 sent before its group's commit would
            // find nothing here.
            return await OrderOnDiskAsync(placed.Id());
        }));

        seen.ShouldAllBe(found => found);
        (await factory.Admin().StockOfAsync(product)).ShouldBe(1000 - 32);
    }

    [Fact]
    public async Task AContext_ReadsOnItsOwnConnectionAgain_AfterItsWrite()
    {
        await using var scoped = Context();
        var writer = factory.Services.GetRequiredService<SqliteGroupCommit>();

        (await writer.RunAsync(scoped.Db, async ct =>
        {
            await AddProductAsync(scoped.Db, "group-reader", ct);
            return Result.Success();
        }, CancellationToken.None)).IsSuccess.ShouldBeTrue();

        // The writer's connection stays open for the next group; the context is back on a closed one of its own.
        scoped.Db.Database.GetDbConnection().State.ShouldBe(ConnectionState.Closed);
        scoped.Db.Database.CurrentTransaction.ShouldBeNull();
        (await scoped.Db.Products.AsNoTracking().SingleAsync(p => p.Id == "group-reader")).Name.ShouldBe("group-reader");
    }

    private ScopedContext Context() => new(factory.Services.CreateAsyncScope());

    private static async Task AddProductAsync(OrdersDbContext db, string id, CancellationToken ct)
    {
        db.Products.Add(Product.Create(id, id, null, 100, 1, null, active: true, DateTimeOffset.UtcNow).Value);
        await db.SaveChangesAsync(ct);
    }

    private async Task<bool> OrderOnDiskAsync(string id)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT count(*) FROM "Orders" WHERE "Id" = $id""";
        command.Parameters.AddWithValue("$id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync()) == 1;
    }

    private async Task<List<string>> ProductsOnDiskAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id" FROM "Products" WHERE "Id" LIKE 'group-%'""";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) ids.Add(reader.GetString(0));
        return ids;
    }

    private sealed class ScopedContext(AsyncServiceScope scope) : IAsyncDisposable
    {
        public OrdersDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
