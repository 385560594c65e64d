using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>SQLite's series that may skip, handed out from blocks of <see cref="Size"/> values this process reserved in
/// each series' counter row: one write for that many orders instead of one each, since SQLite's single writer is what
/// every placement queues on. Within the process values are unique and increasing; a block's unused values are skipped
/// when the process stops, as decision 0003 allows. One process places a SQLite file's orders.</summary>
internal sealed class NumberBlocks
{
    public const int Size = 16;

    private readonly Dictionary<string, (long Next, long Last)> _blocks = [];
    private readonly Lock _taking = new();
    private readonly SemaphoreSlim _reserving = new(1, 1);

    /// <summary>The next value of <paramref name="name"/>; when its block is used up, <paramref name="reserve"/> is asked
    /// for the last value of a new block of <see cref="Size"/> (its write committed), one caller at a time.</summary>
    public async Task<Result<long>> TakeAsync(string name, Func<int, CancellationToken, Task<Result<long>>> reserve, CancellationToken ct)
    {
        if (TryTake(name) is { } value) return value;
        await _reserving.WaitAsync(ct);
        try
        {
            if (TryTake(name) is { } reservedMeanwhile) return reservedMeanwhile;
            var last = await reserve(Size, ct);
            if (!last.IsSuccess) return last;
            lock (_taking) _blocks[name] = (last.Value - Size + 2, last.Value);
            return last.Value - Size + 1;
        }
        finally
        {
            _reserving.Release();
        }
    }

    private long? TryTake(string name)
    {
        lock (_taking)
        {
            if (!_blocks.TryGetValue(name, out var block) || block.Next > block.Last) return null;
            _blocks[name] = block with { Next = block.Next + 1 };
            return block.Next;
        }
    }
}
