using System.Net;
using System.Net.Http.Json;
using Ardalis.Result;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Products;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>Issue 20: SQLite's one writer cannot hang the service. A unit that hangs is abandoned at the write timeout
/// (its caller and those queued as long answered 503, the units behind it committed, nothing it writes afterwards
/// kept); a caller that gives up while queued is answered at once; a loop that dies is restarted, and the host is not
/// ready meanwhile. Each host runs on a fake clock, so a timeout passes when the test says and at no other time.</summary>
public sealed class SqliteWriterSupervisionTests
{
    [Fact]
    public async Task AUnitThatHangs_IsAnswered503AtTheTimeout_AndTheUnitsBehindItCommit_AndNothingItWritesIsKept()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = Host(clock);
        var admin = factory.Admin();
        var writer = await StartedWriterAsync(factory);
        var inside = Barrier();
        var release = Barrier();
        var zombie = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hung = Context(factory);

        var hungAnswer = writer.RunAsync(hung.Db, async _ =>
        {
            await AddProductAsync(hung.Db, "hung-before");
            inside.SetResult();
            // A unit that hangs and ignores its token: only the writer's own deadline can end its turn.
            await release.Task;
            try
            {
                await AddProductAsync(hung.Db, "hung-after");
                zombie.SetResult(null);
            }
            catch (Exception ex)
            {
                zombie.SetResult(ex);
                throw;
            }

            return Result.Success();
        }, CancellationToken.None);
        await inside.Task;
        // A request queued behind it waits for the same deadline.
        var queued = admin.PostAsJsonAsync("/api/products", new { name = "Queued lamp", price = 5m, stock = 1, active = true });
        await Eventually.TrueAsync(() => Task.FromResult(writer.Waiting == 1), "the request's unit of work queued behind the hung one");

        clock.Advance(writer.WriteTimeout);

        var answer = await hungAnswer.WaitAsync(Eventually.DefaultTimeout);
        answer.Status.ShouldBe(ResultStatus.Unavailable);
        answer.Code().ShouldBe(UnitOfWorkErrors.BusyCode);
        var refused = await queued.WaitAsync(Eventually.DefaultTimeout);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable))["code"].Str().ShouldBe(UnitOfWorkErrors.BusyCode);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        // The hung work has not returned, and the writer goes on without it.
        var after = await admin.CreateProductAsync("After lamp", 5m, 1);
        zombie.Task.IsCompleted.ShouldBeFalse();

        release.SetResult();
        // What it tries once it wakes up is refused: its caller was told nothing was kept, and nothing is.
        (await zombie.Task.WaitAsync(Eventually.DefaultTimeout)).ShouldNotBeNull();
        (await hungAnswer).Status.ShouldBe(ResultStatus.Unavailable);
        var names = await ProductNamesOnDiskAsync(factory);
        names.ShouldContain("After lamp");
        names.ShouldNotContain("hung-before");
        names.ShouldNotContain("hung-after");
        names.ShouldNotContain("Queued lamp");
        (await (await admin.GetAsync($"/api/products/{after}")).ShouldBeAsync(HttpStatusCode.OK))["name"].Str().ShouldBe("After lamp");
    }

    [Fact]
    public async Task AnAbandonedUnit_CannotWriteIntoTheGroupThatGoesOnWithoutIt()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = Host(clock);
        var writer = await StartedWriterAsync(factory);
        var (insideHung, releaseHung, insideNext, releaseNext) = (Barrier(), Barrier(), Barrier(), Barrier());
        var zombie = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hung = Context(factory);
        await using var next = Context(factory);
        var hungAnswer = writer.RunAsync(hung.Db, async _ =>
        {
            await AddProductAsync(hung.Db, "fence-hung-before");
            insideHung.SetResult();
            await releaseHung.Task;
            try
            {
                await AddProductAsync(hung.Db, "fence-hung-after");
                zombie.SetResult(null);
            }
            catch (Exception ex)
            {
                zombie.SetResult(ex);
            }

            return Result.Success();
        }, CancellationToken.None);
        await insideHung.Task;
        // Queued half a timeout later, so it is still in time when the hung one is not, and joins the same group.
        clock.Advance(writer.WriteTimeout / 2);
        var nextAnswer = writer.RunAsync(next.Db, async _ =>
        {
            await AddProductAsync(next.Db, "fence-next");
            insideNext.SetResult();
            await releaseNext.Task;
            return Result.Success();
        }, CancellationToken.None);

        clock.Advance(writer.WriteTimeout / 2);

        (await hungAnswer.WaitAsync(Eventually.DefaultTimeout)).Code().ShouldBe(UnitOfWorkErrors.BusyCode);
        await insideNext.Task.WaitAsync(Eventually.DefaultTimeout);
        // The group's transaction is open, with the next unit in it: the hung unit wakes up and writes on the same
        // connection and transaction, and SQLite refuses its statement.
        releaseHung.SetResult();
        (await zombie.Task.WaitAsync(Eventually.DefaultTimeout)).ShouldNotBeNull().ToString().ShouldContain("not authorized");
        releaseNext.SetResult();
        (await nextAnswer.WaitAsync(Eventually.DefaultTimeout)).IsSuccess.ShouldBeTrue();
        var names = await ProductNamesOnDiskAsync(factory);
        names.ShouldContain("fence-next");
        names.ShouldNotContain("fence-hung-before");
        names.ShouldNotContain("fence-hung-after");
    }

    [Fact]
    public async Task ACallerThatGivesUpWhileQueued_IsAnsweredAtOnce_AndItsWorkNeverRuns()
    {
        using var factory = Host(new FakeTimeProvider(DateTimeOffset.UtcNow));
        var writer = await StartedWriterAsync(factory);
        var inside = Barrier();
        var release = Barrier();
        await using var first = Context(factory);
        await using var canceled = Context(factory);
        await using var last = Context(factory);
        var firstAnswer = writer.RunAsync(first.Db, async _ =>
        {
            inside.SetResult();
            await release.Task;
            await AddProductAsync(first.Db, "queue-first");
            return Result.Success();
        }, CancellationToken.None);
        await inside.Task;
        using var giveUp = new CancellationTokenSource();
        var ran = false;
        var canceledAnswer = writer.RunAsync(canceled.Db, async _ =>
        {
            ran = true;
            await AddProductAsync(canceled.Db, "queue-canceled");
            return Result.Success();
        }, giveUp.Token);

        await giveUp.CancelAsync();

        // Answered while the writer is still busy with the unit ahead of it.
        await Should.ThrowAsync<TaskCanceledException>(canceledAnswer.WaitAsync(Eventually.DefaultTimeout));
        firstAnswer.IsCompleted.ShouldBeFalse();
        release.SetResult();
        (await firstAnswer.WaitAsync(Eventually.DefaultTimeout)).IsSuccess.ShouldBeTrue();
        // A later unit committed, so the loop has passed the canceled one: skipped, its work never started.
        (await writer.RunAsync(last.Db, async _ =>
        {
            await AddProductAsync(last.Db, "queue-last");
            return Result.Success();
        }, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout)).IsSuccess.ShouldBeTrue();
        ran.ShouldBeFalse();
        var names = await ProductNamesOnDiskAsync(factory);
        names.ShouldContain("queue-first");
        names.ShouldContain("queue-last");
        names.ShouldNotContain("queue-canceled");
    }

    [Fact]
    public async Task ALoopThatDies_IsRestarted_AndTheHostIsNotReadyMeanwhile()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = Host(clock);
        var probe = factory.CreateClient();
        var writer = await StartedWriterAsync(factory);
        (await probe.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var faults = 0;
        writer.OnTurn = () => Interlocked.Increment(ref faults) == 1 ? throw new InvalidOperationException("injected writer fault") : Task.CompletedTask;
        await using var lost = Context(factory);
        await using var waiting = Context(factory);

        var lostAnswer = await writer.RunAsync(lost.Db, async _ =>
        {
            await AddProductAsync(lost.Db, "restart-lost");
            return Result.Success();
        }, CancellationToken.None).WaitAsync(Eventually.DefaultTimeout);

        // The unit the loop held when it died is told to retry, and the host is not ready until the loop runs again.
        lostAnswer.Code().ShouldBe(UnitOfWorkErrors.BusyCode);
        writer.IsRunning.ShouldBeFalse();
        (await probe.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var waitingAnswer = writer.RunAsync(waiting.Db, async _ =>
        {
            await AddProductAsync(waiting.Db, "restart-waiting");
            return Result.Success();
        }, CancellationToken.None);
        (await probe.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        clock.Advance(SqliteGroupCommit.FirstRestartDelay);

        (await waitingAnswer.WaitAsync(Eventually.DefaultTimeout)).IsSuccess.ShouldBeTrue();
        await Eventually.TrueAsync(async () => (await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "ready again");
        var names = await ProductNamesOnDiskAsync(factory);
        names.ShouldContain("restart-waiting");
        names.ShouldNotContain("restart-lost");
        faults.ShouldBeGreaterThan(1);
    }

    // No dispatcher, so nothing but the test takes the writer's turns.
    private static OrdersApiFactory Host(FakeTimeProvider clock) =>
        OrdersApiFactory.Create((ApiHostOptions.Default with { Dispatcher = false }).WithServices(s => s.AddSingleton<TimeProvider>(clock)));

    private static async Task<SqliteGroupCommit> StartedWriterAsync(OrdersApiFactory factory)
    {
        (await factory.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return factory.Services.GetRequiredService<SqliteGroupCommit>();
    }

    private static TaskCompletionSource Barrier() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static ScopedContext Context(OrdersApiFactory factory) => new(factory.Services.CreateAsyncScope());

    private static async Task AddProductAsync(OrdersDbContext db, string name)
    {
        db.Products.Add(Product.Create(name, name, null, 100, 1, null, active: true, DateTimeOffset.UtcNow).Value);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static async Task<List<string>> ProductNamesOnDiskAsync(OrdersApiFactory factory)
    {
        await using var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Name" FROM "Products" """;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names;
    }

    private sealed class ScopedContext(AsyncServiceScope scope) : IAsyncDisposable
    {
        public OrdersDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
