using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orders.Domain.Orders;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notes;

/// <summary>Writing, editing and deleting notes over HTTP (API.md "After the sale" → Notes): who may write what, the
/// body's limits, revisions and tombstones as the order stores them, If-Match, Idempotency-Key and the limit per order.</summary>
public sealed class NoteTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task PostNote_ByTheOwner_Answers201WithTheNote_ItsLocation_AndTheOrdersNewVersionAsETag()
    {
        var (owner, order) = await OrderAsync("note-create");

        var response = await owner.PostNoteAsync(order.Id(), "  Please ring twice.  ", "customer");

        var note = await response.ShouldBeAsync(HttpStatusCode.Created);
        note["id"].Str().ShouldBe($"nt_{order.Id()}_1");
        note["body"].Str().ShouldBe("Please ring twice.");
        note["visibility"].Str().ShouldBe("customer");
        (note["author"]!["id"].Str(), note["author"]!["role"].Str()).ShouldBe(("note-create-owner", "customer"));
        note["createdAt"].Instant().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        (note["editedAt"], note["deletedAt"]).ShouldBe((null, null));
        response.Headers.Location!.ToString().ShouldBe($"/api/orders/{order.Id()}/notes/{note["id"].Str()}");
        response.ETag().ShouldBe($"\"{order.Version() + 1}\"");
        (await owner.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version() + 1);

        var fetched = await owner.GetAsync(response.Headers.Location!.ToString());
        (await fetched.ShouldBeAsync(HttpStatusCode.OK)).ToJsonString().ShouldBe(note.ToJsonString());
        fetched.ETag().ShouldBe(response.ETag());
    }

    [Fact]
    public async Task PostNote_ByAnAdmin_ByOrderNumber_WritesInternalNotes()
    {
        var (_, order) = await OrderAsync("note-admin");

        var note = await _admin.NoteOkAsync(order["orderNumber"].Str(), "Fraud check passed", "internal");

        (note["visibility"].Str(), note["author"]!["id"].Str(), note["author"]!["role"].Str()).ShouldBe(("internal", "admin-1", "admin"));
    }

    public static TheoryData<string?, string?, string> InvalidBodies => new()
    {
        { null, "customer", "body" },
        { "", "customer", "body" },
        { "   ", "customer", "body" },
        { new string('a', OrderNote.MaxBodyLength + 1), "customer", "body" },
        { "Hello", null, "visibility" },
        { "Hello", "public", "visibility" },
        { "Hello", "admin", "visibility" },
        { "Hello", "0", "visibility" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task PostNote_WithABadBodyOrVisibility_Answers400NamingTheField(string? body, string? visibility, string field)
    {
        var (owner, order) = await OrderAsync($"note-bad-{field}-{body?.Length}-{visibility}");

        var problem = await (await owner.PostNoteAsync(order.Id(), body, visibility)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]![field].ShouldNotBeNull(problem.ToJsonString());
        (await _admin.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version());
    }

    [Fact]
    public async Task PostNote_OfTheLongestBody_IsKept_AndPatchBeyondItIs400()
    {
        var (owner, order) = await OrderAsync("note-longest");
        var longest = new string('é', OrderNote.MaxBodyLength);

        var note = await owner.NoteOkAsync(order.Id(), longest, "customer");

        note["body"].Str().ShouldBe(longest);
        (await (await owner.PatchNoteAsync(order.Id(), note["id"].Str(), longest + "x")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!["body"]
            .ShouldNotBeNull();
        (await (await owner.PatchNoteAsync(order.Id(), note["id"].Str(), " ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!["body"]
            .ShouldNotBeNull();
    }

    [Fact]
    public async Task PostNote_InternalByTheOwner_Answers403()
    {
        var (owner, order) = await OrderAsync("note-owner-internal");

        (await (await owner.PostNoteAsync(order.Id(), "Only for the shop", "internal")).ShouldBeProblemAsync(HttpStatusCode.Forbidden))["code"].Str()
            .ShouldBe("note.forbidden");
        (await _admin.NoteIdsAsync(order.Id())).ShouldBeEmpty();
    }

    [Fact]
    public async Task PatchNote_ByItsAuthor_KeepsTheEarlierBodyInTheOrder_AndSetsEditedAt()
    {
        var (owner, order) = await OrderAsync("note-edit");
        var note = await owner.NoteOkAsync(order.Id(), "Leave it with the neighbour", "customer");

        var response = await owner.PatchNoteAsync(order.Id(), note["id"].Str(), "Leave it at the door");
        var edited = await response.ShouldBeAsync(HttpStatusCode.OK);
        var again = await (await owner.PatchNoteAsync(order.Id(), note["id"].Str(), "Leave it in the garage")).ShouldBeAsync(HttpStatusCode.OK);

        edited["body"].Str().ShouldBe("Leave it at the door");
        edited["editedAt"].Instant().ShouldBeGreaterThanOrEqualTo(note["createdAt"].Instant());
        again["body"].Str().ShouldBe("Leave it in the garage");
        again["editedAt"].Instant().ShouldBeGreaterThanOrEqualTo(edited["editedAt"].Instant());
        response.ETag().ShouldBe($"\"{order.Version() + 2}\"");
        var stored = await StoredNoteAsync(order.Id(), note["id"].Str());
        stored.Body.ShouldBe("Leave it in the garage");
        stored.Revisions.Select(r => r.Body).ShouldBe(["Leave it with the neighbour", "Leave it at the door"]);
        stored.Revisions[0].WrittenAt.ShouldBe(note["createdAt"].Instant());
        stored.Revisions[1].WrittenAt.ShouldBe(edited["editedAt"].Instant());
        stored.EditedAt.ShouldBe(again["editedAt"].Instant());
    }

    [Fact]
    public async Task PatchNote_ByAnyoneButItsAuthor_Answers403_AdminsIncluded()
    {
        var (owner, order) = await OrderAsync("note-edit-others");
        var owners = await owner.NoteOkAsync(order.Id(), "Mine", "customer");
        var admins = await _admin.NoteOkAsync(order.Id(), "Ours", "internal");
        var otherAdmin = factory.ClientFor("admin-2", admin: true);

        foreach (var (client, note) in new[] { (_admin, owners), (otherAdmin, owners), (otherAdmin, admins) })
            (await (await client.PatchNoteAsync(order.Id(), note["id"].Str(), "Changed")).ShouldBeProblemAsync(HttpStatusCode.Forbidden))["code"].Str()
                .ShouldBe("note.forbidden");
        // The owner cannot see the admins' internal note: it does not exist for them.
        (await owner.PatchNoteAsync(order.Id(), admins["id"].Str(), "Changed")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await StoredNoteAsync(order.Id(), owners["id"].Str())).Body.ShouldBe("Mine");
        (await StoredNoteAsync(order.Id(), admins["id"].Str())).Body.ShouldBe("Ours");
    }

    [Fact]
    public async Task DeleteNote_ByItsAuthor_LeavesATombstone_AndClearsItsRevisions()
    {
        var (owner, order) = await OrderAsync("note-delete");
        var note = await owner.NoteOkAsync(order.Id(), "First", "customer");
        await (await owner.PatchNoteAsync(order.Id(), note["id"].Str(), "Second")).ShouldBeAsync(HttpStatusCode.OK);
        (await StoredNoteAsync(order.Id(), note["id"].Str())).Revisions.Count.ShouldBe(1);

        var response = await owner.DeleteNoteAsync(order.Id(), note["id"].Str());

        var tombstone = await response.ShouldBeAsync(HttpStatusCode.OK);
        (tombstone["id"].Str(), tombstone["body"]).ShouldBe((note["id"].Str(), null));
        tombstone["deletedAt"].Instant().ShouldBeGreaterThanOrEqualTo(note["createdAt"].Instant());
        response.ETag().ShouldBe($"\"{order.Version() + 3}\"");
        var stored = await StoredNoteAsync(order.Id(), note["id"].Str());
        (stored.Body, stored.IsDeleted).ShouldBe((null, true));
        stored.Revisions.ShouldBeEmpty();
        (await (await owner.GetNoteAsync(order.Id(), note["id"].Str())).ShouldBeAsync(HttpStatusCode.OK))["body"].ShouldBeNull();
        (await owner.NoteIdsAsync(order.Id())).ShouldBe([note["id"].Str()]);

        // A tombstone is not edited, and deleting it again changes nothing.
        (await (await owner.PatchNoteAsync(order.Id(), note["id"].Str(), "Third")).ShouldBeProblemAsync(HttpStatusCode.Conflict))["code"].Str()
            .ShouldBe("note.deleted");
        (await owner.DeleteNoteAsync(order.Id(), note["id"].Str())).ETag().ShouldBe(response.ETag());
    }

    [Fact]
    public async Task DeleteNote_OfAnAdminsCustomerNote_ByTheOwner_Answers403_ByAnAdmin_ItIsAnyones()
    {
        var (owner, order) = await OrderAsync("note-delete-others");
        var admins = await _admin.NoteOkAsync(order.Id(), "We ship on Monday", "customer");
        var owners = await owner.NoteOkAsync(order.Id(), "Thanks", "customer");

        (await (await owner.DeleteNoteAsync(order.Id(), admins["id"].Str())).ShouldBeProblemAsync(HttpStatusCode.Forbidden))["code"].Str()
            .ShouldBe("note.forbidden");
        (await StoredNoteAsync(order.Id(), admins["id"].Str())).IsDeleted.ShouldBeFalse();

        var other = factory.ClientFor("admin-3", admin: true);
        (await (await other.DeleteNoteAsync(order.Id(), owners["id"].Str())).ShouldBeAsync(HttpStatusCode.OK))["deletedAt"].ShouldNotBeNull();
        (await (await other.DeleteNoteAsync(order.Id(), admins["id"].Str())).ShouldBeAsync(HttpStatusCode.OK))["deletedAt"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Writes_WithAStaleIfMatch_Answer412_AndWithTheCurrentOneGoThrough()
    {
        var (owner, order) = await OrderAsync("note-if-match");
        var stale = $"\"{order.Version() - 1}\"";
        var current = $"\"{order.Version()}\"";

        (await owner.PostNoteAsync(order.Id(), "Hi", "customer", ifMatch: stale)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var created = await owner.PostNoteAsync(order.Id(), "Hi", "customer", ifMatch: current);
        var note = await created.ShouldBeAsync(HttpStatusCode.Created);

        (await owner.PatchNoteAsync(order.Id(), note["id"].Str(), "Hello", ifMatch: current)).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var edited = await owner.PatchNoteAsync(order.Id(), note["id"].Str(), "Hello", ifMatch: created.ETag());
        await edited.ShouldBeAsync(HttpStatusCode.OK);
        (await owner.DeleteNoteAsync(order.Id(), note["id"].Str(), ifMatch: created.ETag())).StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        await (await owner.DeleteNoteAsync(order.Id(), note["id"].Str(), ifMatch: edited.ETag())).ShouldBeAsync(HttpStatusCode.OK);
        (await _admin.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version() + 3);
    }

    [Fact]
    public async Task PostNote_WithAnIdempotencyKeyUsedBefore_ReplaysTheNote_AnotherBodyIs422_AndAnotherCallersKeyIsTheirOwn()
    {
        var (owner, order) = await OrderAsync("note-idempotent");
        var current = $"\"{order.Version()}\"";

        var first = await owner.PostNoteAsync(order.Id(), "Ring twice", "customer", ifMatch: current, idempotencyKey: "note-key-1");
        var again = await owner.PostNoteAsync(order.Id(), "Ring twice", "customer", ifMatch: current, idempotencyKey: "note-key-1");

        var note = await first.ShouldBeAsync(HttpStatusCode.Created);
        (await again.ShouldBeAsync(HttpStatusCode.Created)).ToJsonString().ShouldBe(note.ToJsonString());
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (again.Headers.Location, again.ETag()).ShouldBe((first.Headers.Location, first.ETag()));
        (await (await owner.PostNoteAsync(order.Id(), "Ring once", "customer", idempotencyKey: "note-key-1"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["code"].Str().ShouldBe("idempotency.key_reused");
        var admins = await (await _admin.PostNoteAsync(order.Id(), "Ring twice", "customer", idempotencyKey: "note-key-1"))
            .ShouldBeAsync(HttpStatusCode.Created);
        admins["id"].Str().ShouldNotBe(note["id"].Str());
        (await _admin.NoteIdsAsync(order.Id())).Length.ShouldBe(2);
    }

    [Fact]
    public async Task PostNote_PastTheLimitPerOrder_Answers409()
    {
        var (owner, order) = await OrderAsync("note-limit");
        for (var i = 0; i < Order.MaxNotes; i++)
            await (await _admin.PostNoteAsync(order.Id(), $"Note {i}", i % 2 == 0 ? "internal" : "customer")).ShouldBeAsync(HttpStatusCode.Created);

        (await (await owner.PostNoteAsync(order.Id(), "One more", "customer")).ShouldBeProblemAsync(HttpStatusCode.Conflict))["code"].Str()
            .ShouldBe("note.limit");
        (await _admin.NoteIdsAsync(order.Id())).Length.ShouldBe(Order.MaxNotes);
        (await owner.NoteIdsAsync(order.Id())).Length.ShouldBe(Order.MaxNotes / 2);
    }

    [Fact]
    public async Task Routes_ForAnUnknownNote_Answer404()
    {
        var (owner, order) = await OrderAsync("note-unknown");

        foreach (var response in new[]
        {
            await owner.GetNoteAsync(order.Id(), "nt_nope_1"),
            await owner.PatchNoteAsync(order.Id(), "nt_nope_1", "x"),
            await _admin.DeleteNoteAsync(order.Id(), "nt_nope_1"),
        })
            (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound))["code"].Str().ShouldBe("note.not_found");
    }

    private async Task<(HttpClient Owner, JsonObject Order)> OrderAsync(string name)
    {
        var product = await _admin.CreateProductAsync($"Notes {name}", 12m, 10);
        var owner = factory.ClientFor($"{name}-owner");
        return (owner, await factory.OrderInStateAsync(owner, product, "paid"));
    }

    // The note as the order stores it, read through the aggregate (revisions are never answered).
    private async Task<OrderNote> StoredNoteAsync(string orderId, string noteId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var order = await scope.ServiceProvider.GetRequiredService<IOrderRepository>().FindAsync(OrderRef.Parse(orderId), default);
        return order.ShouldNotBeNull().Notes.Single(n => n.Id == noteId);
    }
}
