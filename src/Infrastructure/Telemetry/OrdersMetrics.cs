using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Orders.Infrastructure.Telemetry;

/// <summary>The service's own meter, <c>Orders</c>: orders placed and refunds requested (counted when their transaction
/// commits), the outbox's backlog (read from its table) and the time units of work wait for SQLite's one writer. One
/// per host, made by the host's <see cref="IMeterFactory"/>; with no listener (no OpenTelemetry, no dotnet-counters)
/// recording costs a flag check.</summary>
public sealed class OrdersMetrics
{
    public const string MeterName = "Orders";

    private static readonly KeyValuePair<string, object?> UnitOfWorkTurn = new("orders.write.kind", "unit_of_work");
    private static readonly KeyValuePair<string, object?> GateTurn = new("orders.write.kind", "gate");

    private readonly Counter<long> _placed;
    private readonly Counter<long> _refunds;
    private readonly Histogram<double> _writerWait;

    public OrdersMetrics(IMeterFactory meters, OutboxBacklog backlog)
    {
        var meter = meters.Create(MeterName);
        _placed = meter.CreateCounter<long>("orders.placed", "{order}", "Orders placed (committed).");
        _refunds = meter.CreateCounter<long>("orders.refunds", "{refund}", "Refunds requested from the payment provider (committed, queued in the outbox).");
        _writerWait = meter.CreateHistogram("orders.sqlite.writer.wait_time", "s",
            "Time a write waited in SQLite's writer queue, from being queued until the writer started it.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        meter.CreateObservableGauge("orders.outbox.waiting", () => Observe(backlog, r => r.Waiting), "{message}",
            "Outbox messages not sent yet (pending, including those being retried).");
        meter.CreateObservableGauge("orders.outbox.oldest_age", () => Observe(backlog, r => r.OldestAgeSeconds), "s",
            "Age of the oldest outbox message not sent yet; 0 when none waits.");
        meter.CreateObservableGauge("orders.outbox.dead", () => Observe(backlog, r => r.Dead), "{message}",
            "Outbox messages parked as dead, waiting for an admin's retry.");
    }

    /// <summary>Whether anything listens to the writer's wait: when nothing does, the writer does not read the clock.</summary>
    public bool TimesWriterQueue => _writerWait.Enabled;

    public void Placed(int orders) => _placed.Add(orders);

    public void RefundsRequested(int refunds) => _refunds.Add(refunds);

    /// <summary>Records how long a write waited since <paramref name="queuedAt"/> (a <see cref="Stopwatch"/> timestamp).</summary>
    public void WriterWaited(long queuedAt, bool gate) =>
        _writerWait.Record(Stopwatch.GetElapsedTime(queuedAt).TotalSeconds, gate ? GateTurn : UnitOfWorkTurn);

    // A reading that failed reports nothing rather than a zero that would look like an empty outbox.
    private static IEnumerable<Measurement<T>> Observe<T>(OutboxBacklog backlog, Func<OutboxBacklog.Reading, T> value) where T : struct =>
        backlog.Read() is { } reading ? [new Measurement<T>(value(reading))] : [];
}
