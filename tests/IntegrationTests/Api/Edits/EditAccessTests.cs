using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>Who may edit an order: an admin; its owner is refused (403); another customer finds no order, by id or by
/// number (404); nobody unauthenticated gets in (401). Only the admin's edit changes it.</summary>
public sealed class EditAccessTests(EditsApiFactory factory) : IClassFixture<EditsApiFactory>
{
    public static TheoryData<string, HttpStatusCode> Callers => new()
    {
        { "owner", HttpStatusCode.Forbidden },
        { "other", HttpStatusCode.NotFound },
        { "admin", HttpStatusCode.OK },
        { "anonymous", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task PostEdit_ByCaller_AnswersByRole(string caller, HttpStatusCode expected)
    {
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync($"Edit role {caller} {Guid.NewGuid():N}", 10m, 10);
        var owner = factory.ClientFor($"edit-owner-{caller}");
        var order = await admin.GetOrderAsync((await owner.PlaceOrderOkAsync((product, 2))).Id());
        var client = caller switch
        {
            "owner" => owner,
            "other" => factory.ClientFor($"edit-other-{caller}"),
            "admin" => admin,
            _ => factory.CreateClient(),
        };

        foreach (var (reference, quantity) in new[] { (order.Id(), 3), (order["orderNumber"].Str(), 4) })
        {
            var current = await admin.GetOrderAsync(order.Id());
            foreach (var dryRun in new bool?[] { true, null })
            {
                var response = await client.EditAsync(reference, EditsApi.Body(EditsApi.Line(order.LineOf(product), quantity)), EditsApi.ETagOf(current), dryRun);
                if (expected == HttpStatusCode.OK) await response.ShouldBeAsync(expected);
                else (await response.ShouldBeProblemAsync(expected))["detail"]?.GetValue<string>().ShouldNotContain($"edit-owner-{caller}");
            }
        }

        var after = await admin.GetOrderAsync(order.Id());
        after.Version().ShouldBe(expected == HttpStatusCode.OK ? order.Version() + 2 : order.Version());
        after["edits"]!.AsArray().Count.ShouldBe(expected == HttpStatusCode.OK ? 2 : 0);
        (await admin.StockOfAsync(product)).ShouldBe(expected == HttpStatusCode.OK ? 6 : 8);
    }
}
