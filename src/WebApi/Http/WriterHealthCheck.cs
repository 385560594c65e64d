using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orders.Infrastructure.Persistence;

namespace Orders.WebApi.Http;

/// <summary>Not ready while SQLite's writer loop is dead and waiting to restart: every write would wait and answer 503,
/// so the platform should route elsewhere or see the instance as failing. PostgreSQL has no writer loop.</summary>
public sealed class WriterHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(services.GetService<SqliteGroupCommit>() is { IsRunning: false }
            ? HealthCheckResult.Unhealthy("The SQLite writer stopped and is restarting.")
            : HealthCheckResult.Healthy());
}
