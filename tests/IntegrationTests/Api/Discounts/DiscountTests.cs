using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Discounts;

public sealed class DiscountTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task DiscountLifecycle_CreateListPatchDelete_Works()
    {
        var created = await _admin.PostAsJsonAsync("/api/discounts", new { code = "spring-25", percentOff = 25, maxRedemptions = 100 });
        var discount = await created.ShouldBeAsync(HttpStatusCode.Created);
        discount["code"].Str().ShouldBe("SPRING-25");
        created.Headers.Location!.ToString().ShouldBe("/api/discounts/SPRING-25");

        var patched = await (await _admin.PatchAsJsonAsync("/api/discounts/spring-25", new { active = false })).ShouldBeAsync(HttpStatusCode.OK);
        patched["active"]!.GetValue<bool>().ShouldBeFalse();
        patched["percentOff"].Dec().ShouldBe(25m);

        var switched = await (await _admin.PatchAsJsonAsync("/api/discounts/SPRING-25", new { amountOff = 7.5m })).ShouldBeAsync(HttpStatusCode.OK);
        switched["amountOff"].Dec().ShouldBe(7.5m);
        switched["percentOff"].ShouldBeNull();

        var list = await (await _admin.GetAsync("/api/discounts?active=false")).ShouldBeAsync(HttpStatusCode.OK);
        list["items"]!.AsArray().ShouldContain(d => d!["code"].Str() == "SPRING-25");

        (await _admin.DeleteAsync("/api/discounts/SPRING-25")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _admin.PatchAsJsonAsync("/api/discounts/SPRING-25", new { active = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostDiscount_WithExistingCode_Returns409()
    {
        await _admin.CreateDiscountAsync(new { code = "DUP", amountOff = 5 });
        await (await _admin.PostAsJsonAsync("/api/discounts", new { code = "dup", percentOff = 5 })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{"code":"BOTH","percentOff":5,"amountOff":5}""", "percentOff")]
    [InlineData("""{"code":"NONE"}""", "percentOff")]
    [InlineData("""{"code":"BIG","percentOff":101}""", "percentOff")]
    [InlineData("""{"code":"ZERO","amountOff":0}""", "amountOff")]
    [InlineData("""{"code":"x","percentOff":5}""", "code")]
    [InlineData("""{"code":"BACK","percentOff":5,"validFrom":"2026-02-01T00:00:00Z","validTo":"2026-01-01T00:00:00Z"}""", "validTo")]
    [InlineData("""{"code":"MAX","percentOff":5,"maxRedemptions":0}""", "maxRedemptions")]
    public async Task PostDiscount_WithInvalidFields_Returns400(string json, string field)
    {
        var response = await _admin.PostAsync("/api/discounts", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]![field].ShouldNotBeNull();
    }
}
