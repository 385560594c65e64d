using Microsoft.Extensions.Hosting;

namespace Orders.Infrastructure.Persistence;

/// <summary>Starts the background service <typeparamref name="T"/> once the database has this build's schema, so that
/// a host that may not migrate never runs the outbox or housekeeping against tables it does not know. It does not hold
/// up the host's start: the API listens meanwhile and answers /health/ready with 503.</summary>
internal sealed class AfterSchema<T>(T service, SchemaCheck schema) : BackgroundService
    where T : IHostedService
{
    private bool _started;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitUntilCurrentAsync(stoppingToken);
        await service.StartAsync(stoppingToken);
        _started = true;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The wait ends first, so _started is settled when it is read.
        await base.StopAsync(cancellationToken);
        if (_started) await service.StopAsync(cancellationToken);
    }
}
