using BenchmarkDotNet.Attributes;
using Orders.Application.Invoices;
using Orders.Infrastructure.Pdf;

namespace Orders.Benchmarks;

/// <summary>How rendering time grows with the invoice's length: a one-line invoice is the baseline.</summary>
[MemoryDiagnoser]
public class InvoiceRenderBenchmarks
{
    private readonly InvoicePdfRenderer _renderer = new(new InvoiceOptions());
    private InvoiceData _oneLine = null!;
    private InvoiceData _hundredTwentyLines = null!;

    [GlobalSetup]
    public void Setup()
    {
        _oneLine = Invoice(1);
        _hundredTwentyLines = Invoice(120);
    }

    [Benchmark(Baseline = true)]
    public byte[] OneLine() => _renderer.Render(_oneLine);

    [Benchmark]
    public byte[] HundredTwentyLines() => _renderer.Render(_hundredTwentyLines);

    private static InvoiceData Invoice(int lines)
    {
        var items = Enumerable.Range(1, lines).Select(i => new InvoiceLine($"Product number {i} with a longer name", i % 5 + 1, 1999, 1999L * (i % 5 + 1))).ToList();
        var subtotal = items.Sum(l => l.LineTotal);
        var tax = subtotal * 8 / 100;
        return new InvoiceData(
            new InvoiceParty("Orders Demo Shop S.L.", "B00000000", ["Calle Mayor 1", "28013 Madrid", "España"]),
            "Ana García", ["Calle Mayor 1", "28013 Madrid", "ES"], "FV-2026-00000001", "2026-11-0001",
            new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 22), items, subtotal, 0, null, tax, 8m, 0, "standard", subtotal + tax, "EUR", "card",
            "tx_123", "es");
    }
}
