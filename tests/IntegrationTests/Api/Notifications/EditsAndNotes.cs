using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.IntegrationTests.Api.Edits;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>Edits and notes of an order through their routes, so the outbox writes their webhooks and emails as it does
/// in production.</summary>
public static class EditsAndNotes
{
    public static readonly Actor Admin = new("admin-1", IsAdmin: true);

    /// <summary>An admin's edit of existing lines (quantity 0 removes one) at the order's current version; returns the
    /// refund it made a paid order, if any, and the version the edit gave the order.</summary>
    public static async Task<(string? RefundId, int Version)> EditAsync(
        this OrdersApiFactory factory, string orderId, IReadOnlyList<LineQuantity> lines, string reason, bool notifyCustomer = true)
    {
        var admin = factory.Admin();
        var order = await (await admin.GetAsync($"/api/orders/{orderId}")).ShouldBeAsync(HttpStatusCode.OK);
        var body = new { changes = lines.Select(l => new { orderLineId = l.OrderLineId, quantity = l.Quantity }), reason, notifyCustomer };
        var answer = await (await admin.EditAsync(orderId, body, EditsApi.ETagOf(order))).ShouldBeAsync(HttpStatusCode.OK);
        var refundId = answer["refund"] is JsonObject refund ? refund["id"]!.GetValue<string>() : null;
        return (refundId, answer["order"]!["version"]!.GetValue<int>());
    }

    /// <summary>A note by <paramref name="by"/> with <paramref name="visibility"/> <c>internal</c> or <c>customer</c>; returns its id.</summary>
    public static async Task<string> AddNoteAsync(this OrdersApiFactory factory, string orderId, Actor by, string body, string visibility)
    {
        var client = factory.ClientFor(by.Id, admin: by.IsAdmin);
        var note = await (await client.PostAsJsonAsync($"/api/orders/{orderId}/notes", new { body, visibility })).ShouldBeAsync(HttpStatusCode.Created);
        return note["id"]!.GetValue<string>();
    }
}
