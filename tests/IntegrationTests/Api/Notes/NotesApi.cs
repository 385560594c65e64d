using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notes;

/// <summary>The note routes as a client calls them.</summary>
public static class NotesApi
{
    public static Task<HttpResponseMessage> PostNoteAsync(
        this HttpClient client, string order, string? body, string? visibility, string? ifMatch = null, string? idempotencyKey = null) =>
        client.SendAsync(Request(HttpMethod.Post, $"/api/orders/{order}/notes", new { body, visibility }, ifMatch, idempotencyKey));

    public static async Task<JsonObject> NoteOkAsync(this HttpClient client, string order, string body, string visibility) =>
        await (await client.PostNoteAsync(order, body, visibility)).ShouldBeAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PatchNoteAsync(this HttpClient client, string order, string note, string? body, string? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Patch, $"/api/orders/{order}/notes/{note}", new { body }, ifMatch));

    public static Task<HttpResponseMessage> DeleteNoteAsync(this HttpClient client, string order, string note, string? ifMatch = null) =>
        client.SendAsync(Request(HttpMethod.Delete, $"/api/orders/{order}/notes/{note}", null, ifMatch));

    public static Task<HttpResponseMessage> GetNoteAsync(this HttpClient client, string order, string note) =>
        client.GetAsync($"/api/orders/{order}/notes/{note}");

    /// <summary>The ids of the notes the caller's list of the order's notes shows.</summary>
    public static async Task<string[]> NoteIdsAsync(this HttpClient client, string order) =>
        NoteIds(await (await client.GetAsync($"/api/orders/{order}/notes")).ShouldBeAsync(HttpStatusCode.OK), "items");

    /// <summary>The ids of the notes an answer carries under <paramref name="field"/> (an order's <c>notes</c>, a list's <c>items</c>).</summary>
    public static string[] NoteIds(JsonObject answer, string field = "notes") => [.. answer[field]!.AsArray().Select(n => n!["id"].Str())];

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new InvalidOperationException("No ETag.");

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body, string? ifMatch, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }
}
