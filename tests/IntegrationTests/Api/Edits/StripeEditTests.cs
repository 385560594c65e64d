using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>Edits of orders paid through Stripe (the fake): an unpaid order's intent follows the new total before the
/// order's transaction; a refusal or an outage leaves the order as it was; a save that fails after the intent moved puts
/// it back; a dry run never calls Stripe.</summary>
public sealed class StripeEditTests(StripeApiFactory factory) : IClassFixture<StripeApiFactory>
{
    private FakeStripe Stripe => factory.Stripe;

    private HttpClient Admin => factory.Admin();

    private async Task<(JsonObject Order, string Product, string Intent)> UnpaidAsync(string buyer, int stock = 100)
    {
        var product = await Admin.CreateProductAsync($"Stripe edit {Guid.NewGuid():N}", 25m, stock);
        var placed = await factory.ClientFor(buyer).PlaceOrderOkAsync((product, 2));
        var order = await Admin.GetOrderAsync(placed.Id());
        return (order, product, StripeEvents.IntentOf(order));
    }

    private IReadOnlyList<StripeCall> UpdatesOf(string intent) => Stripe.CallsTo($"/v1/payment_intents/{intent}");

    [Fact]
    public async Task PostEdit_OfAnUnpaidOrder_UpdatesTheIntentsAmountAtStripe_AndItsPaymentThenApplies()
    {
        var (order, product, intent) = await UnpaidAsync("stripe-edit-up");
        Stripe.CreatedIntents[intent].Amount.ShouldBe(5400);

        var answer = await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 3)));

        var edited = answer["order"]!.AsObject();
        edited["total"].Dec().ShouldBe(81m);
        var call = UpdatesOf(intent).ShouldHaveSingleItem();
        call.Form["amount"].ShouldBe("8100");
        call.IdempotencyKey.ShouldNotBeNull().ShouldStartWith($"edit-{order.Id()}-v{order.Version()}-");
        call.Status.ShouldBe(200);
        Stripe.CreatedIntents[intent].Amount.ShouldBe(8100);
        (await factory.DeliverAsync(StripeEvents.Succeeded(edited))).ShouldBe("applied");
        (await Admin.GetOrderAsync(order.Id())).Status().ShouldBe("paid");
    }

    [Theory]
    [InlineData("succeeded", HttpStatusCode.BadGateway, "payments.provider_error")]
    [InlineData("outage", HttpStatusCode.ServiceUnavailable, "payments.provider_unavailable")]
    public async Task PostEdit_WhenStripeRefusesOrIsDown_LeavesTheOrderAsItWas(string failure, HttpStatusCode status, string code)
    {
        var (order, product, intent) = await UnpaidAsync($"stripe-edit-{failure}");
        if (failure == "succeeded") Stripe.SetIntentStatus(intent, "succeeded");
        else Stripe.Updates = StripeMode.Unavailable;
        try
        {
            var problem = await (await Admin.EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(product), 5)), EditsApi.ETagOf(order)))
                .ShouldBeProblemAsync(status);

            problem["code"].Str().ShouldBe(code);
        }
        finally
        {
            Stripe.Updates = StripeMode.Normal;
        }

        var after = await Admin.GetOrderAsync(order.Id());
        (after.Version(), after.Quantity(product), after["total"].Dec()).ShouldBe((order.Version(), 2, 54m));
        after["edits"]!.AsArray().ShouldBeEmpty();
        (await Admin.StockOfAsync(product)).ShouldBe(98);
        Stripe.CreatedIntents[intent].Amount.ShouldBe(5400);
    }

    [Fact]
    public async Task PostEdit_WhenTheSaveFailsAfterTheIntentMoved_PutsTheIntentBack()
    {
        var (order, product, intent) = await UnpaidAsync("stripe-edit-undo", stock: 3);

        var problem = await (await Admin.EditAsync(order.Id(), EditsApi.Body(EditsApi.Line(order.LineOf(product), 4)), EditsApi.ETagOf(order)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["code"].Str().ShouldBe("product.insufficient_stock");
        var calls = UpdatesOf(intent);
        calls.Select(c => c.Form["amount"]).ShouldBe(["10800", "5400"]);
        calls[1].IdempotencyKey.ShouldBe($"{calls[0].IdempotencyKey}-undo");
        Stripe.CreatedIntents[intent].Amount.ShouldBe(5400);
        var after = await Admin.GetOrderAsync(order.Id());
        (after.Version(), after["total"].Dec()).ShouldBe((order.Version(), 54m));
        (await Admin.StockOfAsync(product)).ShouldBe(1);

        // The same edit once the stock is there moves the intent again, under a key of its own.
        var fits = await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 3)));
        fits["order"]!["total"].Dec().ShouldBe(81m);
        Stripe.CreatedIntents[intent].Amount.ShouldBe(8100);
    }

    [Fact]
    public async Task PostEdit_DryRun_NeverCallsStripe()
    {
        var (order, product, intent) = await UnpaidAsync("stripe-edit-dry");

        var answer = await Admin.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 4)), dryRun: true);

        answer["order"]!["total"].Dec().ShouldBe(108m);
        UpdatesOf(intent).ShouldBeEmpty();
        Stripe.CreatedIntents[intent].Amount.ShouldBe(5400);
        var after = await Admin.GetOrderAsync(order.Id());
        (after.Version(), after["total"].Dec()).ShouldBe((order.Version(), 54m));
        (await Admin.StockOfAsync(product)).ShouldBe(98);
    }

    [Fact]
    public async Task PostEdit_OfAPaidOrderDown_RefundsTheDifferenceThroughStripe_AndLeavesTheIntentAlone()
    {
        var (order, product, intent) = await UnpaidAsync("stripe-edit-paid");
        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
        Stripe.SetIntentStatus(intent, "succeeded");
        var paid = await Admin.GetOrderAsync(order.Id());

        var answer = await Admin.EditOkAsync(paid, EditsApi.Body(EditsApi.Line(order.LineOf(product), 1)));

        answer["refund"]!["amount"].Dec().ShouldBe(27m);
        UpdatesOf(intent).ShouldBeEmpty();
        await Eventually.TrueAsync(() => Task.FromResult(Stripe.CreatedRefunds.Any(r => r.IntentId == intent)), "the refund reached Stripe");
        Stripe.CreatedRefunds.Single(r => r.IntentId == intent).Amount.ShouldBe(2700);
    }
}
