using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Webhooks;
using Orders.Domain.Orders;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>What the notification tests read and do beside the routes: a receiver subscribed to every event, the webhook
/// or email of one order waited for, a change made through the order's verbs, and the order as it is stored.</summary>
public static class NotificationProbes
{
    /// <summary>A receiver subscribed to every event; each test reads only the webhooks of its own orders.</summary>
    public static async Task<WebhookReceiver> SubscribedReceiverAsync(this HttpClient admin)
    {
        var receiver = await WebhookReceiver.StartAsync();
        (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = WebhookEvents.All })).StatusCode.ShouldBe(HttpStatusCode.Created);
        return receiver;
    }

    /// <summary>The first webhook of <paramref name="eventType"/> about <paramref name="order"/> (and matching
    /// <paramref name="where"/>), once it has arrived.</summary>
    public static async Task<JsonNode> HookAsync(this WebhookReceiver receiver, JsonObject order, string eventType, Func<JsonNode, bool>? where = null)
    {
        JsonNode? Find(IReadOnlyList<ReceivedWebhook> received) => received
            .Select(r => JsonNode.Parse(r.Body)!)
            .FirstOrDefault(b => b["event"].Str() == eventType && b["data"]!["orderId"].Str() == order.Id() && (where?.Invoke(b) ?? true));
        return Find(await receiver.WaitForAsync(r => Find(r) is not null))!;
    }

    /// <summary>The one email to <paramref name="address"/> with exactly <paramref name="subject"/>, once it has arrived.</summary>
    public static async Task<ReceivedEmail> MailAsync(this OrdersApiFactory host, string address, string subject) =>
        (await host.Smtp.WaitForMessagesAsync(1, Eventually.DefaultTimeout,
            m => m.To.Contains(address, StringComparison.OrdinalIgnoreCase) && m.Subject == subject)).ShouldHaveSingleItem();

    /// <summary>One change of the order through its verbs and one save, as a use case makes it.</summary>
    public static async Task ChangeAsync(this OrdersApiFactory host, string orderId, Func<Order, DateTimeOffset, bool> verb)
    {
        using var scope = host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var loaded = await services.GetRequiredService<IOrderRepository>().FindAsync(OrderRef.Parse(orderId), CancellationToken.None);
        verb(loaded.ShouldNotBeNull(), services.GetRequiredService<TimeProvider>().GetUtcNow()).ShouldBeTrue();
        (await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None)).IsSuccess.ShouldBeTrue();
    }

    /// <summary>The order as the read port keeps it, with everything (internal notes included).</summary>
    public static async Task<OrderDto> StoredAsync(this OrdersApiFactory host, JsonObject order)
    {
        using var scope = host.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrderViews>().FindAsync(OrderRef.Parse(order.Id()), CancellationToken.None)).ShouldNotBeNull();
    }
}
