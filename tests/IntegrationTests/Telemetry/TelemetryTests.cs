using Orders.Application.Outbox;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Telemetry;

/// <summary>Traces, the service's meter and the trace id in the logs, read back through OpenTelemetry's in-memory
/// exporters from a real API host.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(TelemetryApiFactory factory) : IClassFixture<TelemetryApiFactory>
{
    private const string EfSource = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task Get_ById_GivesAServerSpanNamedByItsRoute()
    {
        var product = await _admin.CreateProductAsync("Traced lamp", 20m, 5);
        var owner = factory.ClientFor("traced-reader");
        var order = await owner.PlaceOrderOkAsync((product, 1));

        (await owner.GetAsync($"/api/orders/{order.Id()}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var span = await ServerSpanAsync("GET /api/orders/{id}");
        span.GetTagItem("http.route").ShouldBe("/api/orders/{id}");
        span.GetTagItem("http.response.status_code").ShouldBe(200);
    }

    [Fact]
    public async Task PlaceOrder_TracesItsDatabaseCommandsInsideTheRequest_AndCountsTheOrder()
    {
        var product = await _admin.CreateProductAsync("Counted kettle", 30m, 50);
        var owner = factory.ClientFor("counted-buyer");
        var placedBefore = Sum("orders.placed");
        var waitsBefore = HistogramCount("orders.sqlite.writer.wait_time");

        var order = await owner.PlaceOrderOkAsync((product, 2));

        Sum("orders.placed").ShouldBe(placedBefore + 1);
        HistogramCount("orders.sqlite.writer.wait_time").ShouldBeGreaterThan(waitsBefore);
        order.Id().ShouldNotBeNullOrEmpty();
        // EF shares its internal services between the test hosts of this process and re-checks who listens to its
        // diagnostics only every so often, so a host's first commands may go unseen: later placements are traced.
        var buyers = 0;
        await Eventually.TrueAsync(async () =>
        {
            // A buyer each time: one customer may hold only so many unpaid orders.
            var next = await factory.ClientFor($"traced-buyer-{++buyers}").PlaceOrderOkAsync((product, 1));
            // The placement's writes run on SQLite's writer loop, still inside the request's trace.
            var post = await ServerSpanAsync("POST /api/orders/", s => s.GetTagItem("http.response.status_code") is 201);
            var commands = factory.Spans.Snapshot().Where(s => s.Source.Name == EfSource && s.TraceId == post.TraceId).ToList();
            commands.ShouldAllBe(c => c.Kind == ActivityKind.Client);
            return commands.Count > 0 && next.Id() is not null;
        }, TimeSpan.FromSeconds(30), () => "EF command spans inside a placement's trace");
    }

    [Fact]
    public async Task PlaceOrder_RejectedForItsInput_IsNotCounted()
    {
        var owner = factory.ClientFor("uncounted-buyer");
        var placedBefore = Sum("orders.placed");

        (await owner.PlaceOrderAsync(ApiClientExtensions.OrderBody(("no-such-product", 1)))).IsSuccessStatusCode.ShouldBeFalse();
        var product = await _admin.CreateProductAsync("Witness mug", 5m, 5);
        await owner.PlaceOrderOkAsync((product, 1));

        // The later order is the witness: the failed one would have been counted before it.
        Sum("orders.placed").ShouldBe(placedBefore + 1);
    }

    [Fact]
    public async Task Cancel_AfterPayment_CountsTheRefund()
    {
        var product = await _admin.CreateProductAsync("Refunded tray", 12m, 5);
        var owner = factory.ClientFor("refunded-buyer");
        var order = await owner.PlaceOrderOkAsync((product, 1));
        await factory.CreateClient().PayAsync(order);
        var refundsBefore = Sum("orders.refunds");

        (await owner.CancelAsync(order.Id(), "changed my mind")).StatusCode.ShouldBe(HttpStatusCode.OK);

        Sum("orders.refunds").ShouldBe(refundsBefore + 1);
    }

    [Fact]
    public async Task OutboxGauges_FollowWhatWaitsAndWhatDied()
    {
        // Nothing dispatches here: whatever earlier tests left waiting is set aside, as a dispatcher would have sent it.
        await UpdateOutboxAsync(m => m.Status == OutboxStatus.Pending, OutboxStatus.Sent);
        await GaugeReachesAsync("orders.outbox.waiting", 0);
        var deadBefore = LongGauge("orders.outbox.dead");
        var product = await _admin.CreateProductAsync("Waiting vase", 9m, 5);

        var order = await factory.ClientFor("waiting-buyer").PlaceOrderOkAsync((product, 1));

        await GaugeReachesAsync("orders.outbox.waiting", 1);
        DoubleGauge("orders.outbox.oldest_age").ShouldBeInRange(0, 60);

        await UpdateOutboxAsync(m => m.OrderId == order.Id(), OutboxStatus.Dead);

        await GaugeReachesAsync("orders.outbox.waiting", 0);
        LongGauge("orders.outbox.dead").ShouldBe(deadBefore + 1);
        DoubleGauge("orders.outbox.oldest_age").ShouldBe(0);
    }

    [Fact]
    public async Task LogEvents_DuringARequest_CarryItsTraceId_EvenFromTheWriterLoop()
    {
        var product = await _admin.CreateProductAsync("Logged clock", 15m, 5);
        // No email claim: staging the order's messages logs that there is no email to send, on SQLite's writer loop.
        var owner = factory.ClientWithToken(TestTokens.Create("logged-buyer-without-email"));

        var order = await owner.PlaceOrderOkAsync((product, 1));

        var noEmail = await Eventually.FoundAsync(() => Task.FromResult(factory.Logs.Events.FirstOrDefault(e =>
            e["MessageTemplate"]?.GetValue<string>()?.Contains("has no customer email") == true
            && e["Properties"]?["OrderNumber"]?.GetValue<string>() == order["orderNumber"].Str())));

        var traceId = noEmail["TraceId"]!.GetValue<string>();
        noEmail["SpanId"]!.GetValue<string>().ShouldMatch("^[0-9a-f]{16}$");
        // The same trace as the request's own span and its request log event.
        await ServerSpanAsync("POST /api/orders/", s => s.TraceId.ToString() == traceId);
        var request = await Eventually.FoundAsync(() => Task.FromResult(factory.Logs.Events.FirstOrDefault(e =>
            e["Properties"]?["StatusCode"] is not null && e["TraceId"]?.GetValue<string>() == traceId)));
        request["Properties"]!["RequestPath"]!.GetValue<string>().ShouldBe("/api/orders");
        request["Properties"]!["StatusCode"]!.GetValue<int>().ShouldBe(201);
    }

    private async Task<Activity> ServerSpanAsync(string name, Func<Activity, bool>? also = null) =>
        await Eventually.FoundAsync(
            () => Task.FromResult(factory.Spans.Snapshot().LastOrDefault(s => s.Kind == ActivityKind.Server && s.DisplayName == name && (also?.Invoke(s) ?? true))),
            TimeSpan.FromSeconds(20),
            () => $"No server span \"{name}\" among {string.Join(", ", factory.Spans.Snapshot().Where(s => s.Kind == ActivityKind.Server).Select(s => s.DisplayName).Distinct())}");

    private async Task UpdateOutboxAsync(System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> which, OutboxStatus status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        using (await scope.ServiceProvider.GetRequiredService<IWriteGate>().EnterAsync(CancellationToken.None))
            await db.OutboxMessages.Where(which).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status));
    }

    private Task GaugeReachesAsync(string name, long value) =>
        Eventually.TrueAsync(() => Task.FromResult(LongGauge(name) == value), $"{name} at {value} (last {LongGauge(name)})");

    private long Sum(string name) => Points(name).Sum(p => p.GetSumLong());

    private long HistogramCount(string name) => Points(name).Sum(p => p.GetHistogramCount());

    private long LongGauge(string name) => Points(name).Single().GetGaugeLastValueLong();

    private double DoubleGauge(string name) => Points(name).Single().GetGaugeLastValueDouble();

    private List<MetricPoint> Points(string name)
    {
        var points = new List<MetricPoint>();
        if (factory.Collect(name) is { } metric)
            foreach (var point in metric.MetricPoints) points.Add(point);
        return points;
    }
}
