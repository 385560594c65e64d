using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Expiry;

public static class ExpiryClock
{
    /// <summary>The fake clock a host composed with one (<see cref="ExpiryApiFactory.Shape"/>) runs on.</summary>
    public static FakeTimeProvider Clock(this OrdersApiFactory factory) =>
        factory.Services.GetRequiredService<TimeProvider>() as FakeTimeProvider
            ?? throw new InvalidOperationException("This host runs on the real clock; compose it with a FakeTimeProvider.");
}
