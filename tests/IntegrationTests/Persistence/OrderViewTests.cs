using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Persistence.Views;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>The stored view of each order (what GET and the lists read) against the order itself.</summary>
public sealed class OrderViewTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Fact]
    public async Task StoredView_FollowsEveryChange_InTheSameSave()
    {
        var product = await factory.Admin().CreateProductAsync("View lamp", 12m, 10);
        var placed = await factory.ClientFor("viewer").PlaceOrderOkAsync((product, 1));
        (await StoredAsync(placed.Id()))!.Status.ShouldBe(OrderStatus.Pending);

        await factory.Admin().MoveAsync(placed.Id(), "paid", "in_preparation");

        var stored = (await StoredAsync(placed.Id()))!;
        stored.Status.ShouldBe(OrderStatus.InPreparation);
        stored.Version.ShouldBe(3);
        stored.StatusHistory.Count.ShouldBe(3);
    }

    [Fact]
    public async Task AnOrderWithoutAView_IsServedTheSame_AndGetsItsViewBack()
    {
        var product = await factory.Admin().CreateProductAsync("Lampe à huile ancienne — 古い", 9.5m, 10); // not ASCII: views are read as stored UTF-8
        var owner = factory.ClientFor("old-timer");
        var placed = await owner.PlaceOrderOkAsync((product, 2));
        var before = await BodiesAsync(owner, placed);

        // As saved by a version from before views.
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Orders.Where(o => o.Id == placed.Id())
                .ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<string?>(o, OrderViewJson.Column), (string?)null));
        (await StoredAsync(placed.Id())).ShouldBeNull();

        (await BodiesAsync(owner, placed)).ShouldBe(before);

        // The read asked the backfill to write it again.
        await Eventually.TrueAsync(async () => await StoredAsync(placed.Id()) is not null, "the view written again");
        (await BodiesAsync(owner, placed)).ShouldBe(before);
    }

    // The order by id, by number, and as the owner's list shows it.
    private static async Task<string[]> BodiesAsync(HttpClient owner, JsonObject order) =>
    [
        (await (await owner.GetAsync($"/api/orders/{order.Id()}")).ShouldBeAsync(HttpStatusCode.OK)).ToJsonString(),
        (await (await owner.GetAsync($"/api/orders/{order["orderNumber"].Str()}")).ShouldBeAsync(HttpStatusCode.OK)).ToJsonString(),
        (await (await owner.GetAsync("/api/orders")).ShouldBeAsync(HttpStatusCode.OK)).ToJsonString(),
    ];

    private async Task<OrderDto?> StoredAsync(string orderId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var json = await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Orders.Where(o => o.Id == orderId)
            .Select(o => EF.Property<string?>(o, OrderViewJson.Column)).SingleAsync();
        return json is null ? null : OrderViewJson.Read(Encoding.UTF8.GetBytes(json));
    }
}
