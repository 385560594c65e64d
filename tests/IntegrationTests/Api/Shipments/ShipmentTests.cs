using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Shipments;

public sealed class ShipmentTests(ShipmentsApiFactory factory) : IClassFixture<ShipmentsApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task PostShipments_PartThenTheRest_OrderStaysReadyUntilTheLastUnitThenShipsAndDeliversWithItsEmailsAndWebhooks()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var products = await _admin.ProductsAsync("Parcel lamp", 2);
        var owner = factory.ClientFor("parcels", email: "parcels@example.com");
        var ready = await factory.ReadyOrderAsync(owner, (products[0], 3), (products[1], 1));
        var id = ready.Id();
        await (await _admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.status_changed" } }))
            .ShouldBeAsync(HttpStatusCode.Created);

        // Two of the three lamps go first.
        var firstResponse = await _admin.PostShipmentAsync(id, new
        {
            lines = new[] { ShipmentsApi.Line(ready, products[0], 2) }, carrier = "SEUR", trackingNumber = "SEUR-1", trackingUrl = "https://track.example/SEUR-1",
        });
        var first = await firstResponse.ShouldBeAsync(HttpStatusCode.Created);
        first["id"].Str().ShouldBe($"sh_{id}_1");
        first["status"].Str().ShouldBe("shipped");
        first["lines"]!.ToJsonString().ShouldBe(new JsonArray(new JsonObject { ["orderLineId"] = ShipmentsApi.LineId(ready, products[0]), ["quantity"] = 2 }).ToJsonString());
        (first["carrier"].Str(), first["trackingNumber"].Str(), first["trackingUrl"].Str()).ShouldBe(("SEUR", "SEUR-1", "https://track.example/SEUR-1"));
        first["deliveredAt"].ShouldBeNull();
        firstResponse.Headers.Location!.OriginalString.ShouldBe($"/api/orders/{id}/shipments/sh_{id}_1");

        var partial = await owner.GetOrderAsync(id);
        partial.Status().ShouldBe("ready");
        partial.Fulfillment().ShouldBe("partially_shipped");
        partial.Version().ShouldBe(ready.Version() + 1);
        firstResponse.Headers.ETag!.Tag.ShouldBe($"\"{partial.Version()}\"");
        (partial["trackingNumber"].Str(), partial["shippingCarrier"].Str()).ShouldBe(("SEUR-1", "SEUR"));
        partial["shippedAt"].ShouldBeNull();
        partial["shipments"]!.AsArray().Count.ShouldBe(1);

        // Without lines: every unit not shipped yet, which completes the order.
        var second = await _admin.ShipOkAsync(id, new { carrier = "GLS", trackingNumber = "GLS-2" });
        second["id"].Str().ShouldBe($"sh_{id}_2");
        second["lines"]!.AsArray().Select(l => (l!["orderLineId"].Str(), l["quantity"]!.GetValue<int>()))
            .ShouldBe([(ShipmentsApi.LineId(ready, products[0]), 1), (ShipmentsApi.LineId(ready, products[1]), 1)], ignoreOrder: true);
        var shipped = await owner.GetOrderAsync(id);
        shipped.Status().ShouldBe("shipped");
        shipped.Fulfillment().ShouldBe("shipped");
        shipped.Path()[^1].ShouldBe("ready>shipped");
        shipped["shippedAt"].Instant().ShouldBe(second["shippedAt"].Instant());
        shipped["estimatedDeliveryDate"].ShouldNotBeNull();
        (shipped["trackingNumber"].Str(), shipped["shippingCarrier"].Str()).ShouldBe(("GLS-2", "GLS"));

        var tracking = await (await owner.GetAsync($"/api/orders/{id}/tracking")).ShouldBeAsync(HttpStatusCode.OK);
        (tracking["trackingNumber"].Str(), tracking["shippingCarrier"].Str()).ShouldBe(("GLS-2", "GLS"));
        tracking["shipments"]!.AsArray().Select(s => s!["id"].Str()).ShouldBe([$"sh_{id}_1", $"sh_{id}_2"]);

        // The first parcel arrives: the order waits for the second.
        var delivered1 = await _admin.DeliverOkAsync(id, $"sh_{id}_1");
        delivered1["status"].Str().ShouldBe("delivered");
        delivered1["deliveredAt"].ShouldNotBeNull();
        var halfway = await owner.GetOrderAsync(id);
        (halfway.Status(), halfway.Fulfillment()).ShouldBe(("shipped", "shipped"));

        await _admin.DeliverOkAsync(id, $"sh_{id}_2");
        var delivered = await owner.GetOrderAsync(id);
        (delivered.Status(), delivered.Fulfillment()).ShouldBe(("delivered", "delivered"));
        delivered["deliveredAt"].ShouldNotBeNull();
        (await owner.ShipmentsOfAsync(id)).Select(s => s!["status"].Str()).ShouldBe(["delivered", "delivered"]);

        // The delivery's webhook is the witness: had the partial shipment or the first delivery changed the status, its
        // event would have come before it.
        var hooks = await receiver.WaitForAsync(r => r.Any(h => NewStatus(h, id) == "delivered"));
        hooks.Select(h => NewStatus(h, id)).OfType<string>().ShouldBe(["shipped", "delivered"]);
        var number = ready["orderNumber"].Str();
        var mails = await factory.MailForAsync("parcels@example.com", 1);
        await Eventually.TrueAsync(
            async () => (mails = await factory.MailForAsync("parcels@example.com", 1)).Any(m => m.Subject == $"Your order {number} has been delivered"),
            "the delivered email");
        mails.Count(m => m.Subject == $"Your order {number} has shipped").ShouldBe(1);
    }

    [Fact]
    public async Task PostShipment_MoreThanIsLeftToShip_Returns409ExceedsUnshippedAndChangesNothing()
    {
        var products = await _admin.ProductsAsync("Too many", 2);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("too-many"), (products[0], 3), (products[1], 1));
        await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 2)));
        var before = await _admin.GetOrderAsync(ready.Id());

        var problem = await (await _admin.PostShipmentAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 2))))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Code().ShouldBe("shipment.exceeds_unshipped");
        problem["detail"].Str().ShouldContain("1 unit(s) left");
        (await _admin.GetOrderAsync(ready.Id())).Version().ShouldBe(before.Version());
        (await _admin.ShipmentsOfAsync(ready.Id())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task PostShipment_WhenEverythingShipped_Returns409NamingTheStatus()
    {
        var products = await _admin.ProductsAsync("All gone", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("all-gone"), (products[0], 1));
        await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Rest());

        var problem = await (await _admin.PostShipmentAsync(ready.Id(), ShipmentsApi.Rest())).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Code().ShouldBe("shipment.order_not_ready");
        problem["detail"].Str().ShouldContain("shipped");
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("paid")]
    [InlineData("in_preparation")]
    [InlineData("canceled")]
    public async Task PostShipment_WhenTheOrderIsNotReady_Returns409NamingItsStatus(string status)
    {
        var products = await _admin.ProductsAsync($"Not ready {status}", 1);
        var order = await factory.OrderInStateAsync(factory.ClientFor($"not-ready-{status}"), products[0], status);

        var problem = await (await _admin.PostShipmentAsync(order.Id(), ShipmentsApi.Rest())).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem.Code().ShouldBe("shipment.order_not_ready");
        problem["detail"].Str().ShouldContain(status);
        (await _admin.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version());
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"trackingNumber":"T1"}""", "carrier" },
        { """{"carrier":"UPS"}""", "trackingNumber" },
        { """{"carrier":"  ","trackingNumber":"T1"}""", "carrier" },
        { $$"""{"carrier":"{{new string('c', 101)}}","trackingNumber":"T1"}""", "carrier" },
        { """{"lines":[],"carrier":"UPS","trackingNumber":"T1"}""", "lines" },
        { """{"lines":[null],"carrier":"UPS","trackingNumber":"T1"}""", "lines[0]" },
        { """{"lines":[{"quantity":1}],"carrier":"UPS","trackingNumber":"T1"}""", "lines[0].orderLineId" },
        { """{"lines":[{"orderLineId":"LINE0","quantity":0}],"carrier":"UPS","trackingNumber":"T1"}""", "lines[0].quantity" },
        { """{"lines":[{"orderLineId":"nope","quantity":1}],"carrier":"UPS","trackingNumber":"T1"}""", "lines" },
        { """{"lines":[{"orderLineId":"LINE0","quantity":1},{"orderLineId":"LINE0","quantity":1}],"carrier":"UPS","trackingNumber":"T1"}""", "lines" },
        { """{"carrier":"UPS","trackingNumber":"T1","trackingUrl":"ftp://track.example/T1"}""", "trackingUrl" },
        { """{"carrier":"UPS","trackingNumber":"T1","trackingUrl":"not a url"}""", "trackingUrl" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostShipment_WithAnInvalidBody_Returns400NamingTheField(string body, string field)
    {
        var products = await _admin.ProductsAsync($"Invalid {field} {body.Length}", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor($"invalid-{field}-{body.Length}"), (products[0], 2));
        var content = new StringContent(body.Replace("LINE0", ShipmentsApi.LineId(ready, products[0]), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");

        var problem = await (await _admin.PostAsync($"/api/orders/{ready.Id()}/shipments", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]![field].ShouldNotBeNull(problem.ToJsonString());
        var after = await _admin.GetOrderAsync(ready.Id());
        (after.Version(), after.Fulfillment()).ShouldBe((ready.Version(), "unfulfilled"));
    }

    [Fact]
    public async Task PatchShipment_Tracking_ChangesTheShipmentAndTheOrdersLatestTracking()
    {
        var products = await _admin.ProductsAsync("Retracked", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("retracked"), (products[0], 2));
        var shipment = await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1)));

        var response = await _admin.PatchShipmentAsync(ready.Id(), shipment["id"].Str(),
            new { trackingNumber = "NEW-1", trackingUrl = "https://track.example/NEW-1" });
        var changed = await response.ShouldBeAsync(HttpStatusCode.OK);

        (changed["carrier"].Str(), changed["trackingNumber"].Str(), changed["trackingUrl"].Str())
            .ShouldBe((ShipmentsApi.Carrier, "NEW-1", "https://track.example/NEW-1"));
        changed["status"].Str().ShouldBe("shipped");
        var order = await _admin.GetOrderAsync(ready.Id());
        (order["trackingNumber"].Str(), order.Status(), order.Version()).ShouldBe(("NEW-1", "ready", ready.Version() + 2));
        response.Headers.ETag!.Tag.ShouldBe($"\"{order.Version()}\"");
        var read = await _admin.GetAsync($"/api/orders/{ready["orderNumber"].Str()}/shipments/{shipment["id"].Str()}");
        (await read.ShouldBeAsync(HttpStatusCode.OK))["trackingNumber"].Str().ShouldBe("NEW-1");
        read.Headers.ETag!.Tag.ShouldBe($"\"{order.Version()}\"");
    }

    [Theory]
    [InlineData("""{"status":"shipped"}""", HttpStatusCode.BadRequest, "status")]
    [InlineData("""{"status":"lost"}""", HttpStatusCode.BadRequest, null)]
    [InlineData("""{}""", HttpStatusCode.BadRequest, "$")]
    [InlineData("""{"carrier":""}""", HttpStatusCode.BadRequest, "carrier")]
    [InlineData("""{"trackingUrl":"javascript:alert(1)"}""", HttpStatusCode.BadRequest, "trackingUrl")]
    public async Task PatchShipment_WithAnInvalidBody_Returns400(string body, HttpStatusCode status, string? field)
    {
        var products = await _admin.ProductsAsync($"Bad patch {body}", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor($"bad-patch-{body.Length}-{field}"), (products[0], 2));
        var shipment = await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1)));
        var before = await _admin.GetOrderAsync(ready.Id());

        var response = await _admin.PatchAsync($"/api/orders/{ready.Id()}/shipments/{shipment["id"].Str()}",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(status);
        if (field is not null) problem["errors"]![field].ShouldNotBeNull(problem.ToJsonString());
        (await _admin.GetOrderAsync(ready.Id())).Version().ShouldBe(before.Version());
    }

    [Fact]
    public async Task PatchShipment_UnknownOrTwiceDelivered_Returns404Then409()
    {
        var products = await _admin.ProductsAsync("Twice delivered", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("twice-delivered"), (products[0], 2));
        var shipment = await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1)));

        (await (await _admin.PatchShipmentAsync(ready.Id(), "sh_nope_9", new { status = "delivered" })).ShouldBeProblemAsync(HttpStatusCode.NotFound))
            .Code().ShouldBe("shipment.not_found");
        (await (await _admin.GetAsync($"/api/orders/{ready.Id()}/shipments/sh_nope_9")).ShouldBeProblemAsync(HttpStatusCode.NotFound))
            .Code().ShouldBe("shipment.not_found");
        await _admin.DeliverOkAsync(ready.Id(), shipment["id"].Str());
        (await (await _admin.PatchShipmentAsync(ready.Id(), shipment["id"].Str(), new { status = "delivered" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .Code().ShouldBe("shipment.invalid_transition");

        // Delivered parcel of a partly shipped order: the order stays ready until the rest ships.
        (await _admin.GetOrderAsync(ready.Id())).Status().ShouldBe("ready");
    }

    [Fact]
    public async Task IfMatch_WhenStale_Returns412AndChangesNothing_WhenCurrent_Works()
    {
        var products = await _admin.ProductsAsync("Versioned parcel", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("versioned-parcel"), (products[0], 2));
        var stale = $"\"{ready.Version() - 1}\"";

        (await (await _admin.PostShipmentAsync(ready.Id(), ShipmentsApi.Rest(), ifMatch: stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed))
            .Code().ShouldBe("order.version_mismatch");
        (await _admin.ShipmentsOfAsync(ready.Id())).ShouldBeEmpty();

        var created = await _admin.PostShipmentAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1)), ifMatch: $"\"{ready.Version()}\"");
        var shipment = await created.ShouldBeAsync(HttpStatusCode.Created);
        var etag = created.Headers.ETag!.Tag;

        await (await _admin.PatchShipmentAsync(ready.Id(), shipment["id"].Str(), new { status = "delivered" }, ifMatch: stale))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await _admin.ShipmentsOfAsync(ready.Id())).Single()!["status"].Str().ShouldBe("shipped");
        var delivered = await _admin.PatchShipmentAsync(ready.Id(), shipment["id"].Str(), new { status = "delivered" }, ifMatch: etag);
        (await delivered.ShouldBeAsync(HttpStatusCode.OK))["status"].Str().ShouldBe("delivered");

        var malformed = await _admin.PostShipmentAsync(ready.Id(), ShipmentsApi.Rest(), ifMatch: "three");
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task IdempotencyKey_SameBodyReplaysTheShipment_OtherBodyIs422()
    {
        var products = await _admin.ProductsAsync("Keyed parcel", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("keyed-parcel"), (products[0], 3));
        var body = new { lines = new[] { ShipmentsApi.Line(ready, products[0], 1) }, carrier = "UPS", trackingNumber = "KEYED-1" };

        var first = await _admin.PostShipmentAsync(ready.Id(), body, ifMatch: $"\"{ready.Version()}\"", idempotencyKey: "ship-once");
        var created = await first.ShouldBeAsync(HttpStatusCode.Created);
        // A retry sends the same If-Match, stale by now: the key's answer comes first.
        var again = await _admin.PostShipmentAsync(ready.Id(), body, ifMatch: $"\"{ready.Version()}\"", idempotencyKey: "ship-once");
        var replayed = await again.ShouldBeAsync(HttpStatusCode.Created);

        replayed.ToJsonString().ShouldBe(created.ToJsonString());
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        again.Headers.Location.ShouldBe(first.Headers.Location);
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await _admin.ShipmentsOfAsync(ready.Id())).Count.ShouldBe(1);

        var other = await _admin.PostShipmentAsync(ready.Id(), body with { trackingNumber = "KEYED-2" }, idempotencyKey: "ship-once");
        (await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).Code().ShouldBe("idempotency.key_reused");

        // Keys are the order's: the same key on another order is a new shipment.
        var another = await factory.ReadyOrderAsync(factory.ClientFor("keyed-parcel"), (products[0], 1));
        await (await _admin.PostShipmentAsync(another.Id(), ShipmentsApi.Rest(), idempotencyKey: "ship-once")).ShouldBeAsync(HttpStatusCode.Created);
        (await _admin.ShipmentsOfAsync(ready.Id())).Count.ShouldBe(1);
    }

    [Fact]
    public async Task PutStatus_TheOldWay_ShipsEveryUnitAsOneShipmentAndDeliversIt()
    {
        var products = await _admin.ProductsAsync("Old way", 2);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("old-way"), (products[0], 2), (products[1], 1));

        var shipped = await _admin.MoveAsync(ready.Id(), "shipped");

        shipped.Fulfillment().ShouldBe("shipped");
        var shipment = (await _admin.ShipmentsOfAsync(ready.Id())).Single()!.AsObject();
        shipment["id"].Str().ShouldBe($"sh_{ready.Id()}_1");
        (shipment["carrier"].Str(), shipment["trackingNumber"].Str()).ShouldBe((LifecycleApi.Carrier, LifecycleApi.TrackingNumber));
        shipment["lines"]!.AsArray().Select(l => (l!["orderLineId"].Str(), l["quantity"]!.GetValue<int>()))
            .ShouldBe([(ShipmentsApi.LineId(ready, products[0]), 2), (ShipmentsApi.LineId(ready, products[1]), 1)], ignoreOrder: true);

        var delivered = await _admin.MoveAsync(ready.Id(), "delivered");

        delivered.Fulfillment().ShouldBe("delivered");
        var after = (await _admin.ShipmentsOfAsync(ready.Id())).Single()!;
        after["status"].Str().ShouldBe("delivered");
        after["deliveredAt"].Instant().ShouldBe(delivered["deliveredAt"].Instant());
    }

    [Fact]
    public async Task PutStatus_ShippedAfterAPartialShipment_ShipsTheRestAsASecondShipment()
    {
        var products = await _admin.ProductsAsync("Old way rest", 1);
        var ready = await factory.ReadyOrderAsync(factory.ClientFor("old-way-rest"), (products[0], 3));
        await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1)));

        var shipped = await _admin.MoveAsync(ready.Id(), "shipped");

        shipped["trackingNumber"].Str().ShouldBe(LifecycleApi.TrackingNumber);
        (await _admin.ShipmentsOfAsync(ready.Id())).Select(s => s!["lines"]![0]!["quantity"]!.GetValue<int>()).ShouldBe([1, 2]);
        (await _admin.MoveAsync(ready.Id(), "delivered")).Fulfillment().ShouldBe("delivered");
        (await _admin.ShipmentsOfAsync(ready.Id())).Select(s => s!["status"].Str()).ShouldBe(["delivered", "delivered"]);
    }

    private static string? NewStatus(ReceivedWebhook hook, string orderId)
    {
        var data = JsonNode.Parse(hook.Body)!["data"]!;
        return data["orderId"].Str() == orderId ? data["newStatus"]?.GetValue<string>() : null;
    }
}
