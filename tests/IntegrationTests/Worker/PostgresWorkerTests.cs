using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Worker;

/// <summary>The scaled-out deployment on PostgreSQL: the schema migrated by the worker's deploy step, then two API
/// instances with their dispatchers off and two workers, none of them allowed to migrate. Each message goes out once.</summary>
public sealed class PostgresWorkerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TwoApisAndTwoWorkers_DeliverEveryEmailAndWebhookExactlyOnce()
    {
        using var smtp = new SmtpServer();
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = HostSettings.For("Postgres", PostgresServer.Shared.CreateDatabase(), smtp).With(("Database:MigrateOnStart", "false"));

        await using (var migrate = ChildProcess.Start("Worker", settings, output, "worker migrate", "migrate"))
            (await migrate.WaitForExitAsync(TimeSpan.FromSeconds(90))).ShouldBe(0, migrate.Output);

        var apiSettings = settings.With(("Outbox:DispatcherEnabled", "false"));
        await using var firstApi = await ApiProcess.StartAsync(apiSettings, output, "first api");
        await using var secondApi = await ApiProcess.StartAsync(apiSettings, output, "second api");
        await using var firstWorker = ChildProcess.Start("Worker", settings, output, "first worker");
        await using var secondWorker = ChildProcess.Start("Worker", settings, output, "second worker");
        var deliveries = new Deliveries([firstApi, secondApi], smtp, receiver, "pg-worker-buyer-");
        await deliveries.PrepareAsync();

        await deliveries.PlaceAsync(20);

        await deliveries.ShouldBeDeliveredExactlyOnceAsync();
        firstWorker.HasExited.ShouldBeFalse(firstWorker.Output);
        secondWorker.HasExited.ShouldBeFalse(secondWorker.Output);
    }
}
