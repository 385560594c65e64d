using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Expiry;

/// <summary>The API on SQLite with a real SMTP server, payment events, and a fake clock (<see cref="ExpiryClock"/>) that only
/// the test moves: card orders expire after a minute unpaid, bank transfers after ten, and a customer may hold three
/// unpaid orders.</summary>
public sealed class ExpiryApiFactory() : OrdersApiFactory(Shape(new FakeTimeProvider(DateTimeOffset.UtcNow)))
{
    /// <summary>The shop of these tests on <paramref name="clock"/>. Hosts composed from one value share its clock, so a
    /// second instance (<see cref="OrdersApiFactory.SecondInstance"/>) reads the same time as the first: the outbox's
    /// claims, for one, only hold between hosts that agree on it.</summary>
    public static ApiHostOptions Shape(FakeTimeProvider clock) => ApiHostOptions.Email
        .With(new Dictionary<string, string?>
        {
            ["Payments:PendingExpiry"] = "00:01:00",
            ["Payments:PendingExpiryByMethod:bank_transfer"] = "00:10:00",
            ["Orders:MaxUnpaidPerCustomer"] = "3",
        })
        .WithServices(services => services.AddSingleton<TimeProvider>(clock));
}
