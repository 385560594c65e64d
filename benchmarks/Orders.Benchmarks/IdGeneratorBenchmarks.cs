using BenchmarkDotNet.Attributes;
using Orders.Infrastructure.Identity;

namespace Orders.Benchmarks;

/// <summary>The cost of a CUID2 (hash of time, 32 random bytes, counter, fingerprint) against a random GUID.</summary>
[MemoryDiagnoser]
public class IdGeneratorBenchmarks
{
    private readonly Cuid2Generator _cuid = new();

    [Benchmark(Baseline = true)]
    public string Guid() => System.Guid.NewGuid().ToString("N");

    [Benchmark]
    public string Cuid2() => _cuid.NewId();
}
