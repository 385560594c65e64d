using System.Net;
using System.Text.RegularExpressions;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed partial class TransitionTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private static readonly string[] Statuses = ["pending", "paid", "in_preparation", "ready", "shipped", "delivered", "canceled", "rejected"];

    private readonly HttpClient _admin = factory.Admin();

    /// <summary>Forbidden (from, to) pairs and the next states API.md allows from there.</summary>
    public static TheoryData<string, string, string[]> Forbidden => new()
    {
        { "pending", "pending", ["paid", "canceled", "rejected"] },
        { "pending", "in_preparation", ["paid", "canceled", "rejected"] },
        { "pending", "ready", ["paid", "canceled", "rejected"] },
        { "pending", "shipped", ["paid", "canceled", "rejected"] },
        { "pending", "delivered", ["paid", "canceled", "rejected"] },
        { "paid", "paid", ["in_preparation", "canceled", "rejected"] },
        { "paid", "pending", ["in_preparation", "canceled", "rejected"] },
        { "paid", "ready", ["in_preparation", "canceled", "rejected"] },
        { "paid", "shipped", ["in_preparation", "canceled", "rejected"] },
        { "paid", "delivered", ["in_preparation", "canceled", "rejected"] },
        { "in_preparation", "paid", ["ready", "canceled", "rejected"] },
        { "in_preparation", "shipped", ["ready", "canceled", "rejected"] },
        { "in_preparation", "delivered", ["ready", "canceled", "rejected"] },
        { "ready", "paid", ["shipped", "delivered"] },
        { "ready", "in_preparation", ["shipped", "delivered"] },
        { "ready", "canceled", ["shipped", "delivered"] },
        { "ready", "rejected", ["shipped", "delivered"] },
        { "shipped", "ready", ["delivered"] },
        { "shipped", "paid", ["delivered"] },
        { "shipped", "canceled", ["delivered"] },
        { "shipped", "rejected", ["delivered"] },
        { "delivered", "canceled", [] },
        { "delivered", "shipped", [] },
        { "delivered", "rejected", [] },
        { "delivered", "pending", [] },
        { "canceled", "paid", [] },
        { "canceled", "pending", [] },
        { "canceled", "in_preparation", [] },
        { "canceled", "rejected", [] },
        { "rejected", "paid", [] },
        { "rejected", "canceled", [] },
        { "rejected", "in_preparation", [] },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task PutStatus_WhenTransitionIsForbidden_Returns409NamingAllowedStatesAndChangesNothing(string from, string to, string[] allowed)
    {
        var product = await _admin.CreateProductAsync($"Walk {from} to {to}", 10m, 10);
        var order = await factory.OrderInStateAsync(factory.ClientFor($"walker-{from}-{to}"), product, from);
        var stock = await _admin.StockOfAsync(product);

        var response = await _admin.PutStatusAsync(order.Id(), to, note: "Trying", trackingNumber: "TRACK-1", shippingCarrier: "DHL");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var detail = problem["detail"].Str();
        problem["code"].Str().ShouldBe("order.invalid_transition");
        detail.ShouldContain(from);
        AllowedIn(detail).ShouldBe(allowed, ignoreOrder: true);
        var after = await _admin.GetOrderAsync(order.Id());
        after.ToJsonString().ShouldBe(order.ToJsonString());
        (await _admin.StockOfAsync(product)).ShouldBe(stock);
    }

    [Theory]
    [InlineData("ready", "")]
    [InlineData("ready", "tracking")]
    [InlineData("ready", "carrier")]
    public async Task PutStatus_ShipWithoutTrackingOrCarrier_Returns400AndChangesNothing(string from, string given)
    {
        var product = await _admin.CreateProductAsync($"Ship without {given}", 10m, 10);
        var ready = await factory.OrderInStateAsync(factory.ClientFor($"untracked-{given}"), product, from);

        var response = await _admin.PutStatusAsync(ready.Id(), "shipped",
            trackingNumber: given == "tracking" ? "TRACK-2" : null, shippingCarrier: given == "carrier" ? "DHL" : "  ");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().ShouldNotBeEmpty();
        (await _admin.GetOrderAsync(ready.Id())).ToJsonString().ShouldBe(ready.ToJsonString());
    }

    [Theory]
    [InlineData("tracking")]
    [InlineData("carrier")]
    public async Task PutStatus_ShipWithTrackingOrCarrierOver100Chars_Returns400AndChangesNothing(string overlong)
    {
        var product = await _admin.CreateProductAsync($"Ship with long {overlong}", 10m, 10);
        var ready = await factory.OrderInStateAsync(factory.ClientFor($"long-{overlong}"), product, "ready");

        var response = await _admin.PutStatusAsync(ready.Id(), "shipped",
            trackingNumber: overlong == "tracking" ? new string('T', 101) : "TRACK-3",
            shippingCarrier: overlong == "carrier" ? new string('C', 101) : "DHL");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().ShouldContainKey(overlong == "tracking" ? "trackingNumber" : "shippingCarrier");
        (await _admin.GetOrderAsync(ready.Id())).ToJsonString().ShouldBe(ready.ToJsonString());
    }

    [Fact]
    public async Task PutStatus_WithNoteOf501Chars_Returns400AndChangesNothing()
    {
        var product = await _admin.CreateProductAsync("Long note", 10m, 10);
        var paid = await factory.OrderInStateAsync(factory.ClientFor("long-note"), product, "paid");

        var problem = await (await _admin.PutStatusAsync(paid.Id(), "in_preparation", note: new string('n', 501))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!["note"].ShouldNotBeNull();
        (await _admin.GetOrderAsync(paid.Id())).ToJsonString().ShouldBe(paid.ToJsonString());
    }

    [Fact]
    public async Task PutStatus_WithoutStatus_Returns400()
    {
        var product = await _admin.CreateProductAsync("No status", 10m, 10);
        var order = await factory.OrderInStateAsync(factory.ClientFor("no-status"), product, "paid");

        await (await _admin.PutStatusAsync(order.Id(), null!)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await _admin.PutStatusAsync(order.Id(), "lost")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await _admin.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version());
    }

    [Fact]
    public async Task PutStatus_OnUnknownOrder_Returns404()
    {
        await (await _admin.PutStatusAsync("zzzzzzzzzzzzzzzzzzzzzzzz", "paid")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.PutStatusAsync("2020-01-9999", "paid")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The statuses named in the detail after the words "allowed next states" (none when it says so).</summary>
    private static string[] AllowedIn(string detail)
    {
        var match = AllowedPart().Match(detail);
        match.Success.ShouldBeTrue($"The detail does not name the allowed next states: {detail}");
        var named = match.Groups[1].Value;
        return [.. Statuses.Where(s => Regex.IsMatch(named, $@"\b{s}\b"))];
    }

    [GeneratedRegex("allowed next states?:?(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AllowedPart();
}
