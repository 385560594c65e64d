using Ardalis.Result;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Infrastructure.Persistence;

namespace Orders.IntegrationTests.Persistence;

/// <summary>SQLite's order numbers come from blocks (decision 0003): one reservation per block of values, handed out
/// in order, and nothing handed out from a reservation that failed.</summary>
public sealed class NumberBlocksTests
{
    [Fact]
    public async Task TakeAsync_ReservesOnceForEveryBlock_AndHandsOutItsValuesInOrder()
    {
        var blocks = new NumberBlocks();
        long counter = 0;
        var reservations = 0;
        Task<Result<long>> Reserve(int size, CancellationToken ct)
        {
            reservations++;
            counter += size;
            return Task.FromResult(Result.Success(counter));
        }

        var taken = new List<long>();
        for (var i = 0; i < NumberBlocks.Size * 2 + 1; i++) taken.Add((await blocks.TakeAsync("order-number:2026-03", Reserve, default)).Value);

        taken.ShouldBe(Enumerable.Range(1, NumberBlocks.Size * 2 + 1).Select(v => (long)v));
        reservations.ShouldBe(3);
        counter.ShouldBe(NumberBlocks.Size * 3L, "the counter covers every value handed out");
    }

    [Fact]
    public async Task TakeAsync_WhenTheReservationFails_HandsOutNothing_AndReservesAgainNextTime()
    {
        var blocks = new NumberBlocks();
        var failing = await blocks.TakeAsync("order-number:2026-03", (_, _) => Task.FromResult(UnitOfWorkErrors.Busy.Failed<long>()), default);
        failing.IsSuccess.ShouldBeFalse();

        var next = await blocks.TakeAsync("order-number:2026-03", (size, _) => Task.FromResult(Result.Success((long)size)), default);

        next.Value.ShouldBe(1);
    }

    [Fact]
    public async Task TakeAsync_ManyAtOnce_GiveEachValueOnce()
    {
        var blocks = new NumberBlocks();
        long counter = 0;
        async Task<Result<long>> Reserve(int size, CancellationToken ct)
        {
            await Task.Yield();
            return Interlocked.Add(ref counter, size);
        }

        var taken = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () => (await blocks.TakeAsync("n", Reserve, default)).Value)));

        taken.Order().ShouldBe(Enumerable.Range(1, 200).Select(v => (long)v));
    }
}
