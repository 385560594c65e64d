using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Returns;

/// <summary>Returns over HTTP on SQLite: who may ask and decide, the caps of the quantity ledger, the state machine, and
/// stock that moves once per restocked unit and never otherwise (read back through GET /api/products/{id}).</summary>
public sealed class ReturnTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task Request_ByTheOwner_IsRequestedAt201WithLocation_ThenAnAdminApprovesIt_AndNoStockMoves()
    {
        var product = await _admin.CreateProductAsync("Returned lamp", 40m, 10);
        var owner = factory.ClientFor("return-asker");
        var order = await factory.DeliveredOrderAsync(owner, product, 2);

        var response = await owner.RequestReturnAsync(order.Id(), order.LineId(), 1, "Wrong colour");
        var created = await response.ShouldBeAsync(HttpStatusCode.Created);

        var rid = created["id"].Str();
        rid.ShouldBe($"rt_{order.Id()}_1");
        created["status"].Str().ShouldBe("requested");
        created["reason"].Str().ShouldBe("Wrong colour");
        created["note"].ShouldBeNull();
        var line = created["lines"]!.AsArray().ShouldHaveSingleItem()!;
        (line["orderLineId"].Str(), Int(line["quantity"]), Int(line["received"]), Int(line["restocked"]), Int(line["damaged"]), Int(line["missing"]))
            .ShouldBe((order.LineId(), 1, 0, 0, 0, 0));
        response.Headers.Location!.ToString().ShouldBe($"/api/orders/{order.Id()}/returns/{rid}");
        var afterRequest = await _admin.GetOrderAsync(order.Id());
        response.ETagOf().ShouldBe($"\"{afterRequest.Version()}\"");
        afterRequest.Version().ShouldBe(order.Version() + 1);

        var one = await owner.GetAsync(response.Headers.Location);
        (await one.ShouldBeAsync(HttpStatusCode.OK))["id"].Str().ShouldBe(rid);
        one.ETagOf().ShouldBe(response.ETagOf());
        var list = await (await owner.GetAsync($"/api/orders/{order["orderNumber"].Str()}/returns")).ShouldBeAsync(HttpStatusCode.OK);
        list["items"]!.AsArray().ShouldHaveSingleItem()!["status"].Str().ShouldBe("requested");

        var stale = await _admin.ReturnActionAsync(order.Id(), rid, "approve", ifMatch: $"\"{order.Version()}\"");
        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var approved = await _admin.ReturnActionAsync(order.Id(), rid, "approve", ifMatch: response.ETagOf());
        (await approved.ShouldBeAsync(HttpStatusCode.OK))["status"].Str().ShouldBe("approved");
        approved.ETagOf().ShouldBe($"\"{afterRequest.Version() + 1}\"");
        (await _admin.StockOfAsync(product)).ShouldBe(8, "asking for and approving a return move no stock");
    }

    [Fact]
    public async Task Request_ByAnAdmin_IsApprovedAtOnce()
    {
        var product = await _admin.CreateProductAsync("Admin-opened return", 15m, 5);
        var order = await factory.DeliveredOrderAsync(factory.ClientFor("return-admin-opened"), product, 1);

        (await _admin.RequestReturnOkAsync(order.Id(), order.LineId(), 1, "Courier damage"))["status"].Str().ShouldBe("approved");
        (await _admin.StockOfAsync(product)).ShouldBe(4);
    }

    [Fact]
    public async Task Request_OfUndeliveredUnitsOrUnitsInAnOpenReturn_Is409ExceedsReturnable()
    {
        var product = await _admin.CreateProductAsync("Not yet delivered", 10m, 10);
        var owner = factory.ClientFor("return-too-many");
        var shipped = await owner.PlaceOrderOkAsync((product, 2));
        await factory.CreateClient().PayAsync(shipped);
        await _admin.MoveAsync(shipped.Id(), "in_preparation", "ready", "shipped");

        var undelivered = await (await owner.RequestReturnAsync(shipped.Id(), shipped.LineId(), 1)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        undelivered["code"].Str().ShouldBe("return.exceeds_returnable");

        var delivered = await factory.DeliveredOrderAsync(owner, product, 2);
        await owner.RequestReturnOkAsync(delivered.Id(), delivered.LineId(), 2);
        var open = await (await owner.RequestReturnAsync(delivered.Id(), delivered.LineId(), 1)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        open["code"].Str().ShouldBe("return.exceeds_returnable");
        open["detail"].Str().ShouldContain("0 delivered unit(s)");
        var listed = await (await _admin.GetAsync($"/api/orders/{delivered.Id()}/returns")).ShouldBeAsync(HttpStatusCode.OK);
        listed["items"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Decline_WithoutANote_Is400_WithOne_FreesTheUnitsForANewRequest()
    {
        var product = await _admin.CreateProductAsync("Declined return", 10m, 10);
        var owner = factory.ClientFor("return-declined");
        var order = await factory.DeliveredOrderAsync(owner, product, 1);
        var rid = (await owner.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["id"].Str();

        var noNote = await (await _admin.ReturnActionAsync(order.Id(), rid, "decline", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        noNote["errors"]!["note"].ShouldNotBeNull();
        var declined = await (await _admin.ReturnActionAsync(order.Id(), rid, "decline", new { note = "Used beyond trial" })).ShouldBeAsync(HttpStatusCode.OK);
        (declined["status"].Str(), declined["note"].Str()).ShouldBe(("declined", "Used beyond trial"));

        var again = await (await _admin.ReturnActionAsync(order.Id(), rid, "approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        again["code"].Str().ShouldBe("return.invalid_transition");
        again["detail"].Str().ShouldContain("Allowed actions: none");
        (await owner.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["id"].Str().ShouldBe($"rt_{order.Id()}_2");
    }

    [Fact]
    public async Task Cancel_ByTheCustomer_OnlyTheirOwnRequestedReturn_AnAdminAnyBeforeReceipt()
    {
        var product = await _admin.CreateProductAsync("Canceled return", 10m, 10);
        var owner = factory.ClientFor("return-canceler");
        var order = await factory.DeliveredOrderAsync(owner, product, 3);
        var requested = (await owner.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["id"].Str();
        var approved = (await _admin.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["id"].Str();
        var received = (await _admin.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["id"].Str();
        await (await _admin.ReceiveAsync(order.Id(), received, null, (order.LineId(), 1, "damaged"))).ShouldBeAsync(HttpStatusCode.OK);

        var notHers = await (await owner.ReturnActionAsync(order.Id(), approved, "cancel")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        notHers["code"].Str().ShouldBe("return.invalid_transition");
        (await (await owner.ReturnActionAsync(order.Id(), requested, "cancel")).ShouldBeAsync(HttpStatusCode.OK))["status"].Str().ShouldBe("canceled");
        (await (await _admin.ReturnActionAsync(order.Id(), approved, "cancel")).ShouldBeAsync(HttpStatusCode.OK))["status"].Str().ShouldBe("canceled");
        var afterReceipt = await (await _admin.ReturnActionAsync(order.Id(), received, "cancel")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        afterReceipt["code"].Str().ShouldBe("return.invalid_transition");
        afterReceipt["detail"].Str().ShouldContain("Allowed actions: none");
        (await _admin.StockOfAsync(product)).ShouldBe(7, "a damaged unit stays off the shelf; canceled returns move nothing");
    }

    [Fact]
    public async Task Receive_RestockDamagedMissing_PutsBackOneUnitPerRestockedUnitExactlyOnce()
    {
        var product = await _admin.CreateProductAsync("Restocked mug", 12m, 10);
        var owner = factory.ClientFor("return-receiver");
        var order = await factory.DeliveredOrderAsync(owner, product, 4);
        var line = order.LineId();
        var created = await owner.RequestReturnAsync(order.Id(), line, 4, "Set incomplete");
        var rid = (await created.ShouldBeAsync(HttpStatusCode.Created))["id"].Str();
        var approved = await _admin.ReturnActionAsync(order.Id(), rid, "approve");
        await approved.ShouldBeAsync(HttpStatusCode.OK);
        (await _admin.StockOfAsync(product)).ShouldBe(6);

        var early = await (await owner.ReceiveAsync(order.Id(), rid, null, (line, 1, "restock"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        early["code"].Str().ShouldBe("return.forbidden");
        var first = await _admin.ReceiveAsync(order.Id(), rid, approved.ETagOf(), (line, 1, "restock"), (line, 1, "damaged"));
        var partial = await first.ShouldBeAsync(HttpStatusCode.OK);
        partial["status"].Str().ShouldBe("partially_received");
        (await _admin.StockOfAsync(product)).ShouldBe(7);

        // The same receipt sent again with the ETag it was sent with is stale: nothing is counted twice.
        await (await _admin.ReceiveAsync(order.Id(), rid, approved.ETagOf(), (line, 1, "restock"))).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var tooMany = await (await _admin.ReceiveAsync(order.Id(), rid, first.ETagOf(), (line, 3, "restock"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        tooMany["code"].Str().ShouldBe("return.exceeds_outstanding");
        (await _admin.StockOfAsync(product)).ShouldBe(7);

        var done = await (await _admin.ReceiveAsync(order.Id(), rid, first.ETagOf(), (line, 1, "missing"), (line, 1, "restock"))).ShouldBeAsync(HttpStatusCode.OK);
        done["status"].Str().ShouldBe("received");
        var counted = done["lines"]!.AsArray().ShouldHaveSingleItem()!;
        (Int(counted["quantity"]), Int(counted["received"]), Int(counted["restocked"]), Int(counted["damaged"]), Int(counted["missing"])).ShouldBe((4, 4, 2, 1, 1));
        (await _admin.StockOfAsync(product)).ShouldBe(8, "two restocked units back; the damaged and the missing one never");

        var closed = await (await _admin.ReceiveAsync(order.Id(), rid, null, (line, 1, "restock"))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        closed["code"].Str().ShouldBe("return.invalid_transition");
        closed["detail"].Str().ShouldContain("Allowed actions: none");
        var unknown = await (await _admin.ReceiveAsync(order.Id(), rid, null, (line, 1, "lost"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        unknown["errors"]!["lines"]![0].Str().ShouldContain("restock, damaged, missing");
        (await _admin.StockOfAsync(product)).ShouldBe(8);
        (await owner.RequestReturnAsync(order.Id(), line, 1)).StatusCode.ShouldBe(HttpStatusCode.Conflict, "every delivered unit is returned");
    }

    [Fact]
    public async Task InvalidTransition_NamesTheActionsTheReturnAllows()
    {
        var product = await _admin.CreateProductAsync("Twice approved", 10m, 10);
        var order = await factory.DeliveredOrderAsync(factory.ClientFor("return-twice"), product, 1);
        var rid = (await _admin.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["id"].Str();

        var twice = await (await _admin.ReturnActionAsync(order.Id(), rid, "approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        twice["code"].Str().ShouldBe("return.invalid_transition");
        twice["detail"].Str().ShouldContain("Allowed actions: receive, cancel.");
    }

    [Fact]
    public async Task EveryReturnRoute_ForAnotherCustomerIs404_ForNobody401_AndAdminOnlyWritesAre403ForTheOwner()
    {
        var product = await _admin.CreateProductAsync("Guarded return", 10m, 10);
        var owner = factory.ClientFor("return-owner-guarded");
        var order = await factory.DeliveredOrderAsync(owner, product, 2);
        var rid = (await owner.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["id"].Str();
        var before = await _admin.GetOrderAsync(order.Id());
        var other = factory.ClientFor("return-intruder");
        var nobody = factory.CreateClient();
        var receipt = new { lines = new[] { new { orderLineId = order.LineId(), quantity = 1, disposition = "restock" } } };

        foreach (var reference in new[] { order.Id(), order["orderNumber"].Str() })
        {
            foreach (var (client, status) in new[] { (other, HttpStatusCode.NotFound), (nobody, HttpStatusCode.Unauthorized) })
            {
                await (await client.GetAsync($"/api/orders/{reference}/returns")).ShouldBeProblemAsync(status);
                await (await client.GetAsync($"/api/orders/{reference}/returns/{rid}")).ShouldBeProblemAsync(status);
                await (await client.RequestReturnAsync(reference, order.LineId(), 1)).ShouldBeProblemAsync(status);
                await (await client.ReturnActionAsync(reference, rid, "approve")).ShouldBeProblemAsync(status);
                await (await client.ReturnActionAsync(reference, rid, "decline", new { note = "No" })).ShouldBeProblemAsync(status);
                await (await client.ReturnActionAsync(reference, rid, "cancel")).ShouldBeProblemAsync(status);
                await (await client.ReturnActionAsync(reference, rid, "receive", receipt)).ShouldBeProblemAsync(status);
            }
        }

        var hidden = await (await other.GetAsync($"/api/orders/{order.Id()}/returns")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        hidden["detail"].Str().ShouldNotContain("return-owner-guarded");
        foreach (var action in new[] { "approve", "decline", "receive" })
        {
            var forbidden = await (await owner.ReturnActionAsync(order.Id(), rid, action, action == "decline" ? new { note = "No" } : receipt))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            forbidden["code"].Str().ShouldBe("return.forbidden");
        }

        var after = await _admin.GetOrderAsync(order.Id());
        after.Version().ShouldBe(before.Version());
        (await (await _admin.GetAsync($"/api/orders/{order.Id()}/returns/{rid}")).ShouldBeAsync(HttpStatusCode.OK))["status"].Str().ShouldBe("requested");
        await (await _admin.GetAsync($"/api/orders/{order.Id()}/returns/rt_{order.Id()}_9")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await _admin.StockOfAsync(product)).ShouldBe(8);
    }

    private static int Int(JsonNode? node) => node!.GetValue<int>();
}
