using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.ListOrders;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Persistence.Views;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notes;

/// <summary>Internal notes never reach a customer (API.md "After the sale" → Notes), on every read path: one order by id
/// and by number, the customer's list and the admins' list (lists never carry them, for anyone), the answers of the
/// customer's own writes (cancel, a placement's replay, the note routes), each order reader straight from its port, and
/// an order whose stored view is stale and is rebuilt from the aggregate. Run on each engine by a subclass: SQLite serves
/// reads through <see cref="SqliteOrderReader"/>, PostgreSQL through <see cref="EfOrderReader"/>.</summary>
public abstract class NoteVisibilityTests(OrdersApiFactory factory)
{
    private readonly HttpClient _admin = factory.Admin();

    /// <summary>Every order reader the engine's host has.</summary>
    protected abstract IOrderViews[] Readers(IServiceProvider services);

    /// <summary>The reader the host's routes read through.</summary>
    protected abstract Type ServingReader { get; }

    [Fact]
    public async Task TheRoutes_ReadThroughTheEnginesReader()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IOrderViews>().ShouldBeOfType(ServingReader);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task OneOrder_ByIdAndByNumber_TheOwnerGetsCustomerNotesOnly_AnAdminEveryNote(bool staleView)
    {
        var seeded = await SeedAsync($"one-{staleView}");

        foreach (var reference in new[] { seeded.Id, seeded.Number })
        {
            if (staleView) await StaleAsync(seeded.Id);
            var owners = await ReadAsync(seeded.Owner, $"/api/orders/{reference}", seeded);
            NotesApi.NoteIds(owners).ShouldBe(seeded.CustomerNotes, reference);

            if (staleView) await StaleAsync(seeded.Id);
            var admins = await (await _admin.GetAsync($"/api/orders/{reference}")).ShouldBeAsync(HttpStatusCode.OK);
            NotesApi.NoteIds(admins).ShouldBe(seeded.AllNotes, reference);
            admins.ToJsonString().ShouldContain(seeded.Secret);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Lists_NeverCarryInternalNotes_TheCustomersNorTheAdmins(bool staleView)
    {
        var seeded = await SeedAsync($"list-{staleView}");

        if (staleView) await StaleAsync(seeded.Id);
        var mine = await ReadAsync(seeded.Owner, "/api/orders?limit=100", seeded);
        if (staleView) await StaleAsync(seeded.Id);
        var all = await ReadAsync(_admin, $"/api/admin/orders?userId={seeded.OwnerId}&limit=100", seeded);
        if (staleView) await StaleAsync(seeded.Id);
        var searched = await ReadAsync(_admin, $"/api/admin/orders?q={seeded.Number}&limit=100", seeded);

        foreach (var page in new[] { mine, all, searched })
            NotesApi.NoteIds(page["items"]!.AsArray().Single(o => o!["id"].Str() == seeded.Id)!.AsObject()).ShouldBe(seeded.CustomerNotes);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheNoteRoutes_ForTheOwner_NeverShowAnInternalNote(bool staleView)
    {
        var seeded = await SeedAsync($"routes-{staleView}");

        if (staleView) await StaleAsync(seeded.Id);
        NotesApi.NoteIds(await ReadAsync(seeded.Owner, $"/api/orders/{seeded.Number}/notes", seeded), "items").ShouldBe(seeded.CustomerNotes);
        if (staleView) await StaleAsync(seeded.Id);
        (await _admin.NoteIdsAsync(seeded.Id)).ShouldBe(seeded.AllNotes);
        foreach (var note in seeded.InternalNotes)
        {
            if (staleView) await StaleAsync(seeded.Id);
            await NotFoundAsync(await seeded.Owner.GetNoteAsync(seeded.Id, note), seeded);
            await NotFoundAsync(await seeded.Owner.PatchNoteAsync(seeded.Id, note, "Now I see it"), seeded);
            await NotFoundAsync(await seeded.Owner.DeleteNoteAsync(seeded.Id, note), seeded);
            (await (await _admin.GetNoteAsync(seeded.Id, note)).ShouldBeAsync(HttpStatusCode.OK))["visibility"].Str().ShouldBe("internal");
        }

        foreach (var note in seeded.CustomerNotes)
            (await ReadAsync(seeded.Owner, $"/api/orders/{seeded.Id}/notes/{note}", seeded))["id"].Str().ShouldBe(note);
        var added = await seeded.Owner.PostNoteAsync(seeded.Id, "And one more thing", "customer");
        (await added.Content.ReadAsStringAsync()).ShouldNotContain(seeded.Secret);
        var edited = await seeded.Owner.PatchNoteAsync(seeded.Id, (await added.ShouldBeAsync(HttpStatusCode.Created))["id"].Str(), "And another");
        (await edited.ShouldBeAsync(HttpStatusCode.OK)).ToJsonString().ShouldNotContain(seeded.Secret);
    }

    [Fact]
    public async Task TheCustomersOwnWrites_AnswerTheOrderWithoutInternalNotes()
    {
        var seeded = await SeedAsync("writes");

        var canceled = await seeded.Owner.CancelAsync(seeded.Id, "Changed my mind");
        var canceledText = await canceled.Content.ReadAsStringAsync();
        canceled.StatusCode.ShouldBe(HttpStatusCode.OK, canceledText);
        canceledText.ShouldNotContain(seeded.Secret);
        NotesApi.NoteIds(JsonNode.Parse(canceledText)!.AsObject()).ShouldBe(seeded.CustomerNotes);

        // The placement's key replays the order as it is now, with its notes as its owner may see them.
        var replayed = await seeded.Owner.PlaceOrderAsync(seeded.PlaceBody, seeded.PlaceKey);
        var replayedText = await replayed.Content.ReadAsStringAsync();
        replayed.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"], replayedText);
        replayedText.ShouldNotContain(seeded.Secret);
        var order = JsonNode.Parse(replayedText)!.AsObject();
        (order["id"].Str(), order.Status()).ShouldBe((seeded.Id, "canceled"));
        NotesApi.NoteIds(order).ShouldBe(seeded.CustomerNotes);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EachReader_KeepsTheCompleteView_WhichOneOrdersAnswerFilters_AndListsCarryNoInternalNote(bool staleView)
    {
        var seeded = await SeedAsync($"readers-{staleView}");
        var owner = new UserContext(seeded.OwnerId, false, null);
        var admin = new UserContext("admin-1", true, null);

        await using var scope = factory.Services.CreateAsyncScope();
        foreach (var reader in Readers(scope.ServiceProvider))
        {
            var name = reader.GetType().Name;
            foreach (var reference in new[] { seeded.Id, seeded.Number })
            {
                if (staleView) await StaleAsync(seeded.Id);
                var complete = (await reader.FindAsync(OrderRef.Parse(reference), default)).ShouldNotBeNull(name);
                complete.Notes.Select(n => n.Id).ShouldBe(seeded.AllNotes, name);
                complete.SeenBy(owner).Notes.Select(n => n.Id).ShouldBe(seeded.CustomerNotes, name);
                complete.SeenBy(admin).Notes.Select(n => n.Id).ShouldBe(seeded.AllNotes, name);
                complete.Notes.VisibleTo(owner).Select(n => n.Id).ShouldBe(seeded.CustomerNotes, name);
            }

            foreach (var filter in new[] { new OrderFilter(seeded.OwnerId), new OrderFilter(null, null, null, seeded.Number) })
            {
                if (staleView) await StaleAsync(seeded.Id);
                var listed = await reader.ListAsync(filter, OrderSort.Newest, new PageRequest(1, 100), default);
                listed.Items.Single(o => o.Id == seeded.Id).Notes.Select(n => n.Id).ShouldBe(seeded.CustomerNotes, name);
            }
        }
    }

    /// <summary>A pending order placed with an Idempotency-Key, holding an internal note (its body carries
    /// <see cref="Seeded.Secret"/>), the owner's customer note, an admin's customer note and a deleted internal note.</summary>
    private async Task<Seeded> SeedAsync(string name)
    {
        var product = await _admin.CreateProductAsync($"Visibility {name}", 9m, 10);
        var ownerId = $"vis-{name}-owner";
        var owner = factory.ClientFor(ownerId);
        var body = ApiClientExtensions.OrderBody((product, 1));
        var key = $"vis-{name}-{Guid.NewGuid():N}";
        var order = await (await owner.PlaceOrderAsync(body, key)).ShouldBeAsync(HttpStatusCode.Created);
        var secret = $"SECRET-{Guid.NewGuid():N}";

        var internalNote = (await _admin.NoteOkAsync(order.Id(), $"Internal: {secret}", "internal"))["id"].Str();
        var ownersNote = (await owner.NoteOkAsync(order.Id(), "Please ring twice", "customer"))["id"].Str();
        var adminsNote = (await _admin.NoteOkAsync(order.Id(), "We ship on Monday", "customer"))["id"].Str();
        var deletedInternal = (await _admin.NoteOkAsync(order.Id(), $"Also internal: {secret}", "internal"))["id"].Str();
        await (await _admin.DeleteNoteAsync(order.Id(), deletedInternal)).ShouldBeAsync(HttpStatusCode.OK);

        return new Seeded(owner, ownerId, order.Id(), order["orderNumber"].Str(), secret, body, key,
            [internalNote, deletedInternal], [ownersNote, adminsNote], [internalNote, ownersNote, adminsNote, deletedInternal]);
    }

    // The owner's answer: 200, no internal note's words anywhere in it.
    private static async Task<JsonObject> ReadAsync(HttpClient client, string path, Seeded seeded)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldNotContain(seeded.Secret);
        text.ShouldNotContain("Internal:");
        foreach (var note in seeded.InternalNotes) text.ShouldNotContain($"\"{note}\"");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task NotFoundAsync(HttpResponseMessage response, Seeded seeded)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem["code"].Str().ShouldBe("note.not_found");
        problem.ToJsonString().ShouldNotContain(seeded.Secret);
    }

    // The order's stored view no longer matches its version, as a write that bypassed the save would leave it: every
    // reader must rebuild the order from its aggregate instead of serving the view.
    private async Task StaleAsync(string orderId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var sql = $$"""UPDATE "Orders" SET "{{OrderViewJson.VersionColumn}}" = "Version" - 1 WHERE "Id" = {0}""";
        (await db.Database.ExecuteSqlRawAsync(sql, orderId)).ShouldBe(1);
    }

    private sealed record Seeded(
        HttpClient Owner, string OwnerId, string Id, string Number, string Secret, object PlaceBody, string PlaceKey,
        string[] InternalNotes, string[] CustomerNotes, string[] AllNotes);
}
