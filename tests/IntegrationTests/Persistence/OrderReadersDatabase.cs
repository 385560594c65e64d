using Microsoft.Extensions.DependencyInjection;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>One SQLite file, migrated and served by the real API host, holding a varied set of orders written through
/// the real save (so with the views it writes): four customers, every status reachable without a provider, instants
/// over ten days (some equal, so the id breaks ties), and product names in several scripts.</summary>
public sealed class OrderReadersDatabase : IAsyncLifetime
{
    public static readonly string[] Users = ["ana", "bo", "chen", "dmitri"];

    private static readonly string[] Products = ["Lampe à huile", "Ñandú plush", "古い茶碗", "Desk lamp", "Kettle", "ÉCLAIR mould"];
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 15, 30, TimeSpan.Zero);

    /// <summary>The seeded orders are dated months back and some are pending: the host's expiry sweep must leave them be.</summary>
    public OrdersApiFactory Api { get; } = OrdersApiFactory.Create(ApiHostOptions.Default.With("Payments:PendingExpiry", "00:00:00"));

    /// <summary>The orders as saved.</summary>
    public List<Order> Orders { get; } = [];

    /// <summary>The first instant of the seeded orders.</summary>
    public DateTimeOffset From => Start;

    public async Task InitializeAsync()
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        for (var i = 0; i < 48; i++)
        {
            // Ids that do not follow the dates, and every third pair placed at the same instant.
            var created = Start.AddHours(i / 2 * 5 + (i % 3 == 0 ? 0 : i % 2)).AddTicks(i * 1_234_567);
            var order = Place($"rdr{(i * 7919 % 1000):D4}x{i:D2}", OrderNumber.For(2026, 3, i + 1), Users[i % Users.Length],
                [Products[i % Products.Length], Products[(i * 5 + 1) % Products.Length]], created);
            Advance(order, i % 6, created.AddMinutes(30));
            db.Orders.Add(order);
            Orders.Add(order);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A pending order placed now, with a payment intent (so a client secret), saved through the real save.</summary>
    public async Task<Order> PlaceAsync(string id, int sequence, string userId)
    {
        var order = Place(id, OrderNumber.For(2026, 4, sequence), userId, ["Théière en fonte"], DateTimeOffset.UtcNow);
        order.AttachPaymentIntent("manual", $"pi_{id}", $"secret_{id}");
        await using var scope = Api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    public Task DisposeAsync()
    {
        Api.Dispose();
        return Task.CompletedTask;
    }

    private static Order Place(string id, OrderNumber number, string userId, string[] products, DateTimeOffset created)
    {
        var address = ShippingAddress.Create("Zoë Ångström", "1 Rue de l'Église", "Genève", "1204", "CH", null).Value;
        var pricing = new OrderPricing("USD", 8m, new Dictionary<ShippingMethod, long> { [ShippingMethod.Standard] = 500 });
        var lines = products.Distinct().Select((name, n) => new OrderLineDraft($"{id}l{n}", $"prod-{n}-{name.Length}", name, null, 1999 + n * 100, n + 1)).ToList();
        return Order.Place(id, number, userId, $"{userId}@example.com", lines, address, ShippingMethod.Standard, PaymentMethod.Card, null, pricing, created).Value;
    }

    // 0 pending, 1 paid, 2 in preparation, 3 shipped, 4 delivered, 5 canceled.
    private static void Advance(Order order, int step, DateTimeOffset at)
    {
        var admin = new Actor("admin-1", IsAdmin: true);
        if (step == 5)
        {
            order.Cancel(admin, "Changed my mind — désolé", at).IsSuccess.ShouldBeTrue();
            return;
        }

        if (step >= 1) order.MarkPaid(admin, at).IsSuccess.ShouldBeTrue();
        if (step >= 2) order.StartPreparation(admin, null, at.AddMinutes(1)).IsSuccess.ShouldBeTrue();
        if (step >= 3) order.MarkReady(admin, null, at.AddMinutes(2)).IsSuccess.ShouldBeTrue();
        if (step >= 3) order.Ship(admin, "TRK-1", "UPS", new DateOnly(2026, 3, 20), null, at.AddMinutes(3)).IsSuccess.ShouldBeTrue();
        if (step >= 4) order.MarkDelivered(admin, "Left with the neighbour", at.AddMinutes(4)).IsSuccess.ShouldBeTrue();
    }
}
