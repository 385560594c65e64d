using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orders.Infrastructure.Persistence;

namespace Orders.WebApi.Http;

/// <summary>Ready only when the database has every migration of this build: an API that may not migrate
/// (<c>Database:MigrateOnStart</c> false) answers /health/ready with 503 until the deploy step has run.</summary>
public sealed class SchemaHealthCheck(SchemaCheck schema) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await schema.PendingMigrationsAsync(cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The database is behind this build: {pending.Count} migration(s) not applied.");
    }
}
