using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notes;

/// <summary>Who may use an order's note routes: its owner and admins; another customer finds no order on any route, by id
/// or by number, and changes nothing.</summary>
public sealed class NoteAccessTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
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
        { "create", "owner", HttpStatusCode.Created },
        { "create", "other", HttpStatusCode.NotFound },
        { "create", "admin", HttpStatusCode.Created },
        { "create", "anonymous", HttpStatusCode.Unauthorized },
        { "edit", "owner", HttpStatusCode.OK },
        { "edit", "other", HttpStatusCode.NotFound },
        { "edit", "admin", HttpStatusCode.Forbidden },
        { "edit", "anonymous", HttpStatusCode.Unauthorized },
        { "delete", "owner", HttpStatusCode.OK },
        { "delete", "other", HttpStatusCode.NotFound },
        { "delete", "admin", HttpStatusCode.OK },
        { "delete", "anonymous", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task NoteRoute_ByCaller_AnswersByRole(string route, string caller, HttpStatusCode expected)
    {
        var product = await _admin.CreateProductAsync($"Note role {route} {caller}", 10m, 10);
        var owner = factory.ClientFor($"note-owner-{route}-{caller}");
        var order = await factory.OrderInStateAsync(owner, product, "paid");
        var note = await owner.NoteOkAsync(order.Id(), "The owner's note", "customer");
        var before = await _admin.GetOrderAsync(order.Id());
        var client = caller switch
        {
            "owner" => owner,
            "other" => factory.ClientFor($"note-other-{route}-{caller}"),
            "admin" => _admin,
            _ => factory.CreateClient(),
        };

        // By number too: neither form reveals to another customer that the order exists.
        foreach (var reference in new[] { order.Id(), order["orderNumber"].Str() })
        {
            var response = route switch
            {
                "list" => await client.GetAsync($"/api/orders/{reference}/notes"),
                "get" => await client.GetNoteAsync(reference, note["id"].Str()),
                "create" => await client.PostNoteAsync(reference, $"Written through {reference}", "customer"),
                "edit" => await client.PatchNoteAsync(reference, note["id"].Str(), $"Rewritten through {reference}"),
                _ => await client.DeleteNoteAsync(reference, note["id"].Str()),
            };

            if (expected is HttpStatusCode.OK or HttpStatusCode.Created) await response.ShouldBeAsync(expected);
            else (await response.ShouldBeProblemAsync(expected))["detail"]?.GetValue<string>().ShouldNotContain($"note-owner-{route}-{caller}");
        }

        // Each allowed create or edit writes once per form; deleting a tombstone again changes nothing.
        var allowed = expected is HttpStatusCode.OK or HttpStatusCode.Created;
        var writes = !allowed ? 0 : route switch { "create" or "edit" => 2, "delete" => 1, _ => 0 };

        var after = await _admin.GetOrderAsync(order.Id());
        after.Version().ShouldBe(before.Version() + writes);
        (await _admin.NoteIdsAsync(order.Id())).Length.ShouldBe(route == "create" ? 1 + writes : 1);
    }
}
