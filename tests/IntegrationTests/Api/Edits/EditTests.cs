using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Refunds;
using Orders.IntegrationTests.Api.Shipments;
using Orders.IntegrationTests.Infrastructure;
using Orders.UnitTests.Infrastructure.Pdf;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>Order edits through the built-in provider, over HTTP on SQLite: lines up, down, away and added, repriced with
/// the order's own discount and tax; stock taken and given back; the intent following an unpaid total, a paid order's
/// difference refunded with its credit note; dry runs that change nothing; and the refusals.</summary>
public sealed class EditTests(EditsApiFactory factory) : IClassFixture<EditsApiFactory>
{
    private HttpClient Admin => factory.Admin();

    private async Task<(JsonObject Order, string Product)> UnpaidAsync(string buyer, int quantity = 2, int stock = 10, decimal price = 10m)
    {
        var product = await Admin.CreateProductAsync($"Editable {Guid.NewGuid():N}", price, stock);
        var order = await factory.ClientFor(buyer).PlaceOrderOkAsync((product, quantity));
        return (await Admin.GetOrderAsync(order.Id()), product);
    }

    private async Task<(JsonObject Order, string Product)> PaidAsync(string buyer, int quantity = 3)
    {
        var (order, product) = await UnpaidAsync(buyer, quantity);
        await factory.CreateClient().PayAsync(order);
        return (await Admin.GetOrderAsync(order.Id()), product);
    }

    [Fact]
    public async Task PostEdit_QuantityUpOnAnUnpaidOrder_RepricesTakesStockAndTheIntentFollows()
    {
        var (order, product) = await UnpaidAsync("edit-up");
        var intent = order["payment"]!["intentId"].Str();
        (await factory.ManualIntentAmountAsync(intent)).ShouldBe(2160);

        var response = await Admin.EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(product), 3)), EditsApi.ETagOf(order));

        var answer = await response.ShouldBeAsync(HttpStatusCode.OK);
        var edited = answer["order"]!.AsObject();
        edited.Quantity(product).ShouldBe(3);
        (edited["subtotal"].Dec(), edited["tax"].Dec(), edited["total"].Dec()).ShouldBe((30m, 2.40m, 32.40m));
        var difference = answer["difference"]!;
        (difference["subtotal"].Dec(), difference["discountAmount"].Dec(), difference["tax"].Dec(), difference["shippingCost"].Dec(), difference["total"].Dec())
            .ShouldBe((10m, 0m, 0.80m, 0m, 10.80m));
        answer["refund"].ShouldBeNull();
        edited.Version().ShouldBe(order.Version() + 1);
        response.Headers.ETag!.Tag.ShouldBe($"\"{edited.Version()}\"");
        var stored = await Admin.GetOrderAsync(order.Id());
        stored.Version().ShouldBe(edited.Version());
        stored["total"].Dec().ShouldBe(32.40m);
        var edit = stored["edits"]!.AsArray().ShouldHaveSingleItem()!;
        edit["by"].Str().ShouldBe("admin-1");
        edit["reason"].Str().ShouldBe("Customer called");
        edit["difference"]!["total"].Dec().ShouldBe(10.80m);
        var change = edit["changes"]!.AsArray().ShouldHaveSingleItem()!;
        (change["orderLineId"].Str(), change["productId"].Str(), change["previousQuantity"]!.GetValue<int>(), change["quantity"]!.GetValue<int>())
            .ShouldBe((order.LineOf(product), product, 2, 3));
        (await Admin.StockOfAsync(product)).ShouldBe(7);
        (await factory.ManualIntentAmountAsync(intent)).ShouldBe(3240);
        // The payment of the new total is the one that applies.
        await factory.CreateClient().PayAsync(stored);
        (await Admin.GetOrderAsync(order.Id())).Status().ShouldBe("paid");
    }

    [Fact]
    public async Task PostEdit_DownRemoveAndAdd_GivesStockBackAndAddsTheProductAtTodaysPrice()
    {
        var a = await Admin.CreateProductAsync($"Kept {Guid.NewGuid():N}", 10m, 10);
        var b = await Admin.CreateProductAsync($"Dropped {Guid.NewGuid():N}", 5m, 10);
        var c = await Admin.CreateProductAsync($"Added {Guid.NewGuid():N}", 7.5m, 10);
        var placed = await factory.ClientFor("edit-mixed").PlaceOrderOkAsync((a, 3), (b, 1));
        var order = await Admin.GetOrderAsync(placed.Id());

        var answer = await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(a), 1), EditsApi.Line(order.LineOf(b), 0), EditsApi.Add(c, 2)));

        var edited = answer["order"]!.AsObject();
        edited["items"]!.AsArray().Select(i => i!["productId"].Str()).ShouldBe([a, c], ignoreOrder: true);
        edited.Quantity(a).ShouldBe(1);
        var added = edited.Item(c);
        (added["unitPrice"].Dec(), added["quantity"]!.GetValue<int>(), added["lineTotal"].Dec()).ShouldBe((7.5m, 2, 15m));
        added["id"].Str().ShouldNotBeNullOrWhiteSpace();
        (edited["subtotal"].Dec(), edited["tax"].Dec(), edited["total"].Dec()).ShouldBe((25m, 2m, 27m));
        answer["difference"]!["subtotal"].Dec().ShouldBe(-10m);
        (await Admin.StockOfAsync(a)).ShouldBe(9);
        (await Admin.StockOfAsync(b)).ShouldBe(10);
        (await Admin.StockOfAsync(c)).ShouldBe(8);
        var changes = (await Admin.GetOrderAsync(order.Id()))["edits"]![0]!["changes"]!.AsArray();
        changes.Select(ch => (ch!["productId"].Str(), ch["previousQuantity"]!.GetValue<int>(), ch["quantity"]!.GetValue<int>()))
            .ShouldBe([(a, 3, 1), (b, 1, 0), (c, 0, 2)], ignoreOrder: true);
    }

    [Fact]
    public async Task PostEdit_WithAPercentageDiscount_AppliesItToTheNewSubtotal()
    {
        var code = $"PCT{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await Admin.CreateDiscountAsync(new { code, percentOff = 10 });
        var product = await Admin.CreateProductAsync($"Discounted {Guid.NewGuid():N}", 10m, 20);
        var order = await PlaceWithCodeAsync("edit-percent", product, 2, code);
        (order["discountAmount"].Dec(), order["total"].Dec()).ShouldBe((2m, 19.44m));

        var edited = (await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 5))))["order"]!;

        (edited["subtotal"].Dec(), edited["discountAmount"].Dec(), edited["tax"].Dec(), edited["total"].Dec()).ShouldBe((50m, 5m, 3.60m, 48.60m));
        edited["discountCode"].Str().ShouldBe(code);
    }

    [Fact]
    public async Task PostEdit_WithAFixedDiscount_CapsItAtTheNewSubtotal()
    {
        var code = $"FIX{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await Admin.CreateDiscountAsync(new { code, amountOff = 15 });
        var product = await Admin.CreateProductAsync($"Fixed off {Guid.NewGuid():N}", 10m, 20);
        var order = await PlaceWithCodeAsync("edit-fixed", product, 2, code);
        (order["discountAmount"].Dec(), order["total"].Dec()).ShouldBe((15m, 5.40m));

        var answer = await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 1)));

        var edited = answer["order"]!;
        (edited["subtotal"].Dec(), edited["discountAmount"].Dec(), edited["tax"].Dec(), edited["total"].Dec()).ShouldBe((10m, 10m, 0m, 0m));
        answer["difference"]!["discountAmount"].Dec().ShouldBe(-5m);
        var back = (await Admin.EditOkAsync(await Admin.GetOrderAsync(order.Id()), EditsApi.Body(EditsApi.Line(order.LineOf(product), 3))))["order"]!;
        (back["subtotal"].Dec(), back["discountAmount"].Dec(), back["total"].Dec()).ShouldBe((30m, 15m, 16.20m));
    }

    [Fact]
    public async Task PostEdit_BeyondTheStock_Returns409AndChangesNothing()
    {
        var (order, product) = await UnpaidAsync("edit-stock", quantity: 2, stock: 3);
        var intent = order["payment"]!["intentId"].Str();

        foreach (var dryRun in new bool?[] { true, null })
        {
            var problem = await (await Admin.EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(product), 4)), EditsApi.ETagOf(order), dryRun))
                .ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem["code"].Str().ShouldBe("product.insufficient_stock");
        }

        var after = await Admin.GetOrderAsync(order.Id());
        (after.Version(), after.Quantity(product), after["total"].Dec()).ShouldBe((order.Version(), 2, order["total"].Dec()));
        after["edits"]!.AsArray().ShouldBeEmpty();
        (await Admin.StockOfAsync(product)).ShouldBe(1);
        (await factory.ManualIntentAmountAsync(intent)).ShouldBe(2160);
        // The last unit is there to take.
        (await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 3))))["order"]!.AsObject().Quantity(product).ShouldBe(3);
        (await Admin.StockOfAsync(product)).ShouldBe(0);
    }

    [Fact]
    public async Task PostEdit_DryRun_AnswersTheOrderAsItWouldBe_AndChangesNothing()
    {
        var (order, product) = await UnpaidAsync("edit-dry");
        var other = await Admin.CreateProductAsync($"Dry added {Guid.NewGuid():N}", 4m, 10);
        var intent = order["payment"]!["intentId"].Str();
        var body = EditsApi.Body(EditsApi.Line(order.LineOf(product), 5), EditsApi.Add(other, 1));

        var response = await Admin.EditAsync(order.Id(), body, EditsApi.ETagOf(order), dryRun: true);

        var answer = await response.ShouldBeAsync(HttpStatusCode.OK);
        answer.ContainsKey("refund").ShouldBeFalse();
        var preview = answer["order"]!.AsObject();
        preview.Quantity(product).ShouldBe(5);
        preview.Quantity(other).ShouldBe(1);
        (preview["subtotal"].Dec(), preview["total"].Dec()).ShouldBe((54m, 58.32m));
        answer["difference"]!["total"].Dec().ShouldBe(58.32m - 21.60m);
        preview["edits"]!.AsArray().Count.ShouldBe(1);
        response.Headers.ETag!.Tag.ShouldBe(EditsApi.ETagOf(order), "the stored version, which a real edit names in If-Match");

        var after = await Admin.GetOrderAsync(order.Id());
        after.Version().ShouldBe(order.Version());
        after["items"]!.ToJsonString().ShouldBe(order["items"]!.ToJsonString());
        (after["subtotal"].Dec(), after["total"].Dec()).ShouldBe((20m, 21.60m));
        after["edits"]!.AsArray().ShouldBeEmpty();
        after.History().Count.ShouldBe(order.History().Count);
        after["updatedAt"].Str().ShouldBe(order["updatedAt"].Str());
        (await Admin.StockOfAsync(product)).ShouldBe(8);
        (await Admin.StockOfAsync(other)).ShouldBe(10);
        (await factory.ManualIntentAmountAsync(intent)).ShouldBe(2160);
        // The same If-Match then makes the edit for real.
        (await Admin.EditOkAsync(order, body))["order"]!["total"].Dec().ShouldBe(58.32m);
    }

    [Fact]
    public async Task PostEdit_DryRunOfAPaidOrderDown_ShowsTheRefundItWouldMake_AndCreatesNone()
    {
        var (order, product) = await PaidAsync("edit-dry-paid");

        var preview = (await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 1)), dryRun: true))["order"]!;

        preview["refunds"]!.AsArray().ShouldHaveSingleItem()!["amount"].Dec().ShouldBe(21.60m);
        var after = await Admin.GetOrderAsync(order.Id());
        after["refunds"]!.AsArray().ShouldBeEmpty();
        after["creditNotes"]!.AsArray().ShouldBeEmpty();
        after["invoiceNumber"].ShouldBeNull();
        (after.Version(), after.PaymentStatus(), after.Quantity(product)).ShouldBe((order.Version(), "succeeded", 3));
        (await Admin.StockOfAsync(product)).ShouldBe(7);
    }

    [Fact]
    public async Task PostEdit_WithoutIfMatch_Returns428_AndWithAStaleOne412()
    {
        var (order, product) = await UnpaidAsync("edit-ifmatch");
        var body = EditsApi.Body(EditsApi.Line(order.LineOf(product), 3));

        var missing = await (await Admin.EditAsync(order.Id(), body, ifMatch: null)).ShouldBeProblemAsync((HttpStatusCode)428);
        missing["code"].Str().ShouldBe("request.if_match_required");
        var stale = await (await Admin.EditAsync(order.Id(), body, $"\"{order.Version() - 1}\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        stale["code"].Str().ShouldBe("order.version_mismatch");
        await (await Admin.EditAsync(order.Id(), body, "\"not-a-version\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await Admin.EditAsync(order.Id(), body, ifMatch: null, dryRun: true)).ShouldBeProblemAsync((HttpStatusCode)428);

        (await Admin.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version());
        await Admin.EditOkAsync(order, body);
        // The edit made that version stale in turn.
        await (await Admin.EditAsync(order.Id(), body, EditsApi.ETagOf(order))).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Theory]
    [InlineData("partly_shipped")]
    [InlineData("delivered")]
    [InlineData("canceled")]
    public async Task PostEdit_WhenTheOrderCannotBeEdited_Returns409EditNotAllowed(string state)
    {
        var product = await Admin.CreateProductAsync($"Not editable {state} {Guid.NewGuid():N}", 10m, 10);
        var owner = factory.ClientFor($"edit-not-{state}");
        JsonObject order;
        if (state == "partly_shipped")
        {
            var ready = await factory.ReadyOrderAsync(owner, (product, 3));
            await Admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, product, 1)));
            order = await Admin.GetOrderAsync(ready.Id());
        }
        else
        {
            order = await factory.OrderInStateAsync(owner, product, state);
        }

        var stock = await Admin.StockOfAsync(product);

        var problem = await (await Admin.EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(product), 1)), EditsApi.ETagOf(order)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["code"].Str().ShouldBe("order.edit_not_allowed");
        (await Admin.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version());
        (await Admin.StockOfAsync(product)).ShouldBe(stock);
    }

    [Fact]
    public async Task PostEdit_WithInvalidChanges_Returns400NamingWhatIsWrong()
    {
        var (order, product) = await UnpaidAsync("edit-invalid");
        var line = order.LineOf(product);

        async Task<JsonObject> BadAsync(object body) =>
            await (await Admin.EditAsync(order.Id(), body, EditsApi.ETagOf(order))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await BadAsync(EditsApi.Body(EditsApi.Line("no-such-line", 1))))["detail"].Str().ShouldContain("no-such-line");
        (await BadAsync(EditsApi.Body(EditsApi.Add(product, 1))))["detail"].Str().ShouldContain("on the order already");
        (await BadAsync(EditsApi.Body(EditsApi.Line(line, 0))))["detail"].Str().ShouldContain("at least one unit");
        (await BadAsync(new { changes = new[] { EditsApi.Line(line, 3) } }))["errors"]!.AsObject().ContainsKey("reason").ShouldBeTrue();
        (await BadAsync(new { changes = Array.Empty<object>(), reason = "x" }))["errors"]!.AsObject().ContainsKey("changes").ShouldBeTrue();
        var shape = await BadAsync(new { changes = new object[] { new { orderLineId = line, productId = product, quantity = 1 }, new { orderLineId = line } }, reason = "x" });
        shape["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["changes[0]", "changes[1].quantity"], ignoreOrder: true);
        (await BadAsync(EditsApi.Body(EditsApi.Line(line, -1))))["errors"]!.AsObject().ContainsKey("changes").ShouldBeTrue();

        var after = await Admin.GetOrderAsync(order.Id());
        after.Version().ShouldBe(order.Version());
        after["edits"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task PostEdit_AddingAnInactiveProduct_Returns404LikePlacement()
    {
        var (order, _) = await UnpaidAsync("edit-inactive");
        var inactive = await Admin.CreateProductAsync($"Inactive {Guid.NewGuid():N}", 3m, 10, active: false);

        var problem = await (await Admin.EditAsync(order.Id(), EditsApi.Body(EditsApi.Add(inactive, 1)), EditsApi.ETagOf(order)))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem["code"].Str().ShouldBe("product.not_found");
    }

    [Fact]
    public async Task PostEdit_PaidOrderDown_RefundsExactlyTheDifference_WithACreditNote_AndAnInvoiceOfTheOrderAsPaid()
    {
        var (order, product) = await PaidAsync("edit-paid-down");
        order["invoiceNumber"].ShouldBeNull();

        var answer = await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 1)));

        var difference = answer["difference"]!["total"].Dec();
        difference.ShouldBe(-21.60m);
        var refund = answer["refund"]!;
        refund["amount"].Dec().ShouldBe(21.60m);
        refund["status"].Str().ShouldBe("pending");
        refund["creditNoteNumber"].Str().ShouldStartWith("FR-");
        var edited = answer["order"]!.AsObject();
        edited.PaymentStatus().ShouldBe("refund_pending");
        edited["total"].Dec().ShouldBe(10.80m);
        edited["refundedTotal"].Dec().ShouldBe(0m);
        edited["edits"]![0]!["refundId"].Str().ShouldBe(refund["id"].Str());
        (await Admin.StockOfAsync(product)).ShouldBe(9);

        await Admin.RefundInAsync(order.Id(), refund["id"].Str(), "succeeded");
        var settled = await Admin.GetOrderAsync(order.Id());
        settled.PaymentStatus().ShouldBe("partially_refunded");
        settled["refundedTotal"].Dec().ShouldBe(21.60m);
        var creditNote = settled["creditNotes"]!.AsArray().ShouldHaveSingleItem()!;
        creditNote["amount"].Dec().ShouldBe(21.60m);

        // The invoice issued with the refund shows what the customer paid for; the credit note takes the difference off.
        var frozen = (await factory.FrozenInvoiceAsync(order.Id())).ShouldNotBeNull();
        frozen.Lines.ShouldHaveSingleItem().Quantity.ShouldBe(3);
        (frozen.Subtotal, frozen.Tax, frozen.Total).ShouldBe((3000L, 240L, 3240L));
        frozen.InvoiceNumber.ShouldBe(settled["invoiceNumber"].Str());
        var owner = factory.ClientFor("edit-paid-down");
        var invoice = PdfTools.Text(await (await owner.GetAsync($"/api/orders/{order.Id()}/invoice")).Content.ReadAsByteArrayAsync());
        invoice.ShouldContain("32.40 USD");
        var note = PdfTools.Text(await (await owner.GetAsync($"/api/orders/{order.Id()}/credit-notes/{creditNote["number"].Str()}")).Content.ReadAsByteArrayAsync());
        note.ShouldContain("-21.60 USD");
        note.ShouldContain(settled["invoiceNumber"].Str());
    }

    [Fact]
    public async Task PostEdit_PaidOrderUp_Returns409AndChangesNothing()
    {
        var (order, product) = await PaidAsync("edit-paid-up");
        var other = await Admin.CreateProductAsync($"Extra {Guid.NewGuid():N}", 1m, 10);

        foreach (var body in new[] { EditsApi.Body(EditsApi.Line(order.LineOf(product), 4)), EditsApi.Body(EditsApi.Add(other, 1)) })
        {
            var problem = await (await Admin.EditAsync(order.Id(), body, EditsApi.ETagOf(order))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem["code"].Str().ShouldBe("order.edit_increases_paid_total");
        }

        var after = await Admin.GetOrderAsync(order.Id());
        (after.Version(), after.Quantity(product), after["refunds"]!.AsArray().Count).ShouldBe((order.Version(), 3, 0));
        (await Admin.StockOfAsync(product)).ShouldBe(7);
        (await Admin.StockOfAsync(other)).ShouldBe(10);
    }

    [Fact]
    public async Task PostEdit_ByOrderNumber_EditsTheOrder()
    {
        var (order, product) = await UnpaidAsync("edit-by-number");

        var answer = await (await Admin.EditAsync(order["orderNumber"].Str(), EditsApi.Body(EditsApi.Line(order.LineOf(product), 1)), EditsApi.ETagOf(order)))
            .ShouldBeAsync(HttpStatusCode.OK);

        answer["order"]!["id"].Str().ShouldBe(order.Id());
    }

    private async Task<JsonObject> PlaceWithCodeAsync(string buyer, string product, int quantity, string code)
    {
        var body = new { items = new[] { new { productId = product, quantity } }, shippingAddress = ApiClientExtensions.Address(), discountCode = code };
        var placed = await (await factory.ClientFor(buyer).PlaceOrderAsync(body)).ShouldBeAsync(HttpStatusCode.Created);
        return await Admin.GetOrderAsync(placed.Id());
    }
}
