using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Orders;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Keeps each order's stored view in step with it: inside every save, so the view is written in the
/// transaction that changes the order and never tells an older story than the order itself.</summary>
internal sealed class OrderViewInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    // Resolved at the first save, not when the context is configured: a host may resolve contexts before it has
    // registered Application's mapping (and tools never save).
    private TypeAdapterConfig Mapping => field ??= services.GetRequiredService<TypeAdapterConfig>();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stage(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stage(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stage(DbContext? db)
    {
        // Every change to an order moves its version, so an order whose lines or history changed is Modified too.
        foreach (var entry in db?.ChangeTracker.Entries<Order>() ?? [])
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            entry.Property(OrderViewJson.Column).CurrentValue = OrderViewJson.Write(entry.Entity.Complete(Mapping));
            entry.Property(OrderViewJson.VersionColumn).CurrentValue = entry.Entity.Version;
            entry.Property(OrderViewJson.FormatColumn).CurrentValue = OrderViewJson.Format;
        }
    }
}
