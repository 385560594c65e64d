using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Orders;
using Orders.Infrastructure.Persistence.Views;
using Orders.IntegrationTests.Api.Lifecycle;

namespace Orders.IntegrationTests.Api.Notes;

/// <summary><see cref="NoteVisibilityTests"/> on SQLite: the routes read through <see cref="SqliteOrderReader"/>, and the
/// EF reader answers the same port on the same file.</summary>
public sealed class NoteVisibilityOnSqliteTests(LifecycleApiFactory factory) : NoteVisibilityTests(factory), IClassFixture<LifecycleApiFactory>
{
    protected override Type ServingReader => typeof(SqliteOrderReader);

    protected override IOrderViews[] Readers(IServiceProvider services) =>
        [services.GetRequiredService<EfOrderReader>(), services.GetRequiredService<SqliteOrderReader>()];
}
