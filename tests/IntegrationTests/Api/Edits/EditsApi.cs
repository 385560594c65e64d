using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;
using Orders.Application.Invoices;
using Orders.Infrastructure.Persistence;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>The edit route over HTTP, and what its tests look at.</summary>
public static class EditsApi
{
    public static object Line(string orderLineId, int quantity) => new { orderLineId, quantity };

    public static object Add(string productId, int quantity) => new { productId, quantity };

    public static object Body(params object[] changes) => new { changes, reason = "Customer called" };

    public static string ETagOf(JsonObject order) => $"\"{order.Version()}\"";

    /// <summary><c>POST /api/orders/{id}/edits</c> with If-Match when given, and <c>?dryRun=</c> when given.</summary>
    public static Task<HttpResponseMessage> EditAsync(this HttpClient client, string order, object body, string? ifMatch, bool? dryRun = null)
    {
        var query = dryRun is { } dry ? $"?dryRun={(dry ? "true" : "false")}" : "";
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order}/edits{query}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    /// <summary>Edits <paramref name="order"/> at its version; asserts 200 and returns the answer.</summary>
    public static async Task<JsonObject> EditOkAsync(this HttpClient admin, JsonObject order, object body, bool? dryRun = null) =>
        await (await admin.EditAsync(order.Id(), body, ETagOf(order), dryRun)).ShouldBeAsync(HttpStatusCode.OK);

    public static JsonObject Item(this JsonObject order, string productId) =>
        order["items"]!.AsArray().Single(i => i!["productId"].Str() == productId)!.AsObject();

    public static int Quantity(this JsonObject order, string productId) => order.Item(productId)["quantity"]!.GetValue<int>();

    public static string LineOf(this JsonObject order, string productId) => order.Item(productId)["id"].Str();

    /// <summary>The amount the built-in provider's intent asks for now, in minor units.</summary>
    public static async Task<long> ManualIntentAmountAsync(this OrdersApiFactory api, string intentId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        return await db.ManualPayments.Where(p => p.IntentId == intentId).Select(p => p.Amount).SingleAsync();
    }

    /// <summary>What the order's invoice was frozen with, if it has one.</summary>
    public static async Task<InvoiceData?> FrozenInvoiceAsync(this OrdersApiFactory api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        return (await db.IssuedInvoices.AsNoTracking().SingleOrDefaultAsync(i => i.OrderId == orderId))?.Data;
    }

    public static decimal Money(this JsonNode? node) => node.Dec();
}
