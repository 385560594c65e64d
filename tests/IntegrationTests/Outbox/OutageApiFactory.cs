using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Outbox;

/// <summary>The API with the outbox's own default retry timings (no fast test outbox), a real SMTP server, webhooks to
/// loopback, no dispatcher, and a <see cref="FakeTimeProvider"/> as its clock: a test drives the outbox processors and
/// moves time itself, so a day of outage takes seconds.</summary>
public sealed class OutageApiFactory() : OrdersApiFactory((ApiHostOptions.Default with { Smtp = true, LoopbackWebhooks = true, Dispatcher = false })
    .WithServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow))));
