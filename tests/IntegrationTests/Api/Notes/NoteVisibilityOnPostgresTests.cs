using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Orders;
using Orders.Infrastructure.Persistence.Views;

namespace Orders.IntegrationTests.Api.Notes;

/// <summary><see cref="NoteVisibilityTests"/> on PostgreSQL, whose routes read through <see cref="EfOrderReader"/>.</summary>
public sealed class NoteVisibilityOnPostgresTests(PostgresNotesApiFactory factory) : NoteVisibilityTests(factory), IClassFixture<PostgresNotesApiFactory>
{
    protected override Type ServingReader => typeof(EfOrderReader);

    protected override IOrderViews[] Readers(IServiceProvider services) => [services.GetRequiredService<EfOrderReader>()];
}
