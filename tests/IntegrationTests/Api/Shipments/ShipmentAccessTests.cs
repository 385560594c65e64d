using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Shipments;

/// <summary>Who may do what with an order's shipments: reads as the order (owner, admin), writes an admin's; another
/// customer finds no order on any route, by id or by number.</summary>
public sealed class ShipmentAccessTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    public static TheoryData<string, string, HttpStatusCode> Routes => new()
    {
        { "list", "owner", HttpStatusCode.OK },
        { "list", "other", HttpStatusCode.NotFound },
        { "list", "admin", HttpStatusCode.OK },
        { "list", "anonymous", HttpStatusCode.Unauthorized },
        { "get", "owner", HttpStatusCode.OK },
        { "get", "other", HttpStatusCode.NotFound },
        { "get", "admin", HttpStatusCode.OK },
        { "get", "anonymous", HttpStatusCode.Unauthorized },
        { "create", "owner", HttpStatusCode.Forbidden },
        { "create", "other", HttpStatusCode.NotFound },
        { "create", "admin", HttpStatusCode.Created },
        { "create", "anonymous", HttpStatusCode.Unauthorized },
        { "update", "owner", HttpStatusCode.Forbidden },
        { "update", "other", HttpStatusCode.NotFound },
        { "update", "admin", HttpStatusCode.OK },
        { "update", "anonymous", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task ShipmentRoute_ByCaller_AnswersByRole(string route, string caller, HttpStatusCode expected)
    {
        var product = await _admin.CreateProductAsync($"Shipment role {route} {caller}", 10m, 10);
        var owner = factory.ClientFor($"ship-owner-{route}-{caller}");
        var ready = await factory.ReadyOrderAsync(owner, (product, 3));
        var shipment = await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, product, 1)));
        var before = await _admin.GetOrderAsync(ready.Id());
        var client = caller switch
        {
            "owner" => owner,
            "other" => factory.ClientFor($"ship-other-{route}-{caller}"),
            "admin" => _admin,
            _ => factory.CreateClient(),
        };

        // By number for the other customer too: neither form reveals that the order exists.
        foreach (var order in new[] { ready.Id(), ready["orderNumber"].Str() })
        {
            var response = route switch
            {
                "list" => await client.GetAsync($"/api/orders/{order}/shipments"),
                "get" => await client.GetAsync($"/api/orders/{order}/shipments/{shipment["id"].Str()}"),
                "create" => await client.PostShipmentAsync(order, ShipmentsApi.Body(ShipmentsApi.Line(ready, product, 1))),
                _ => await client.PatchShipmentAsync(order, shipment["id"].Str(), new { trackingNumber = $"T-{order}" }),
            };

            if (expected is HttpStatusCode.OK or HttpStatusCode.Created) await response.ShouldBeAsync(expected);
            else (await response.ShouldBeProblemAsync(expected))["detail"]?.GetValue<string>().ShouldNotContain($"ship-owner-{route}-{caller}");
        }

        var after = await _admin.GetOrderAsync(ready.Id());
        var writes = expected is HttpStatusCode.Created or HttpStatusCode.OK && route is "create" or "update";
        if (writes) after.Version().ShouldBe(before.Version() + 2);
        else after.Version().ShouldBe(before.Version());
        (await _admin.ShipmentsOfAsync(ready.Id())).Count.ShouldBe(route == "create" && writes ? 3 : 1);
    }
}
