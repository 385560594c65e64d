using System.Collections.Concurrent;
using Orders.Infrastructure.Identity;

namespace Orders.UnitTests.Infrastructure.Identity;

public class Cuid2GeneratorTests
{
    private readonly Cuid2Generator _generator = new();

    [Fact]
    public void NewId_Always_Is24LowercaseAlphanumericsStartingWithALetter()
    {
        for (var i = 0; i < 10_000; i++)
        {
            var id = _generator.NewId();

            id.Length.ShouldBe(24, id);
            char.IsAsciiLetterLower(id[0]).ShouldBeTrue(id);
            id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)).ShouldBeTrue(id);
        }
    }

    [Fact]
    public void NewId_WhenCalledAMillionTimes_NeverRepeats()
    {
        const int Count = 1_000_000;
        var seen = new HashSet<string>(Count, StringComparer.Ordinal);
        var duplicates = new List<string>();

        for (var i = 0; i < Count; i++)
        {
            var id = _generator.NewId();
            if (!seen.Add(id)) duplicates.Add(id);
        }

        duplicates.ShouldBeEmpty();
        seen.Count.ShouldBe(Count);
    }

    [Fact]
    public void NewId_WhenCalledFromSeveralThreads_NeverRepeats()
    {
        const int Threads = 8;
        const int PerThread = 50_000;
        var batches = new ConcurrentBag<string[]>();

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            var batch = new string[PerThread];
            for (var i = 0; i < PerThread; i++) batch[i] = _generator.NewId();
            batches.Add(batch);
        });

        var all = batches.SelectMany(b => b).ToList();
        all.Count.ShouldBe(Threads * PerThread);
        new HashSet<string>(all, StringComparer.Ordinal).Count.ShouldBe(all.Count);
    }

    [Fact]
    public void NewId_FirstLetter_IsNotAlwaysTheSame()
    {
        var firstLetters = Enumerable.Range(0, 1_000).Select(_ => _generator.NewId()[0]).Distinct().Count();

        firstLetters.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void NewId_FromTwoGenerators_NeverRepeats()
    {
        var other = new Cuid2Generator();
        var ids = Enumerable.Range(0, 10_000).SelectMany(_ => new[] { _generator.NewId(), other.NewId() }).ToList();

        ids.Distinct(StringComparer.Ordinal).Count().ShouldBe(ids.Count);
    }
}
