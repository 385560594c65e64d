namespace Orders.Domain.Common;

/// <summary>Splits an amount of minor units among parts in proportion to their weights, by largest remainder: each
/// part gets its rounded-down share, and the units left over go one each to the parts with the largest remainders (the
/// earlier part first on a tie), so the shares add up to the amount exactly.</summary>
public static class Shares
{
    public static long[] Split(long amount, IReadOnlyList<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var shares = new long[weights.Count];
        Int128 total = 0;
        foreach (var w in weights) total += w;
        if (total == 0 || amount == 0) return shares;

        var remainders = new Int128[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (Int128)amount * weights[i];
            shares[i] = (long)(exact / total);
            remainders[i] = exact % total;
            given += shares[i];
        }

        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)(amount - given)))
            shares[i]++;
        return shares;
    }

    /// <summary>What the units <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive) of a line of
    /// <paramref name="units"/> units costing <paramref name="total"/> cost: every unit the same, the last one taking the
    /// remainder, so any steps that reach the last unit add up to the total.</summary>
    public static long OfUnits(long total, int units, int from, int to)
    {
        long UpTo(int n) => n >= units ? total : n * (total / units);
        return UpTo(to) - UpTo(from);
    }
}
