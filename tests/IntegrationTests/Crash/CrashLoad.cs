using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Crash;

/// <summary>The load of the crash suite: buyers placing orders of 1–3 products against one API process, paying every
/// third (and downloading its invoice) and cancelling every fifth, until stopped or until the process dies. Only what
/// was answered is recorded as acknowledged; an answer the API should not give is kept in <see cref="Unexpected"/>.</summary>
public sealed class CrashLoad
{
    public const int InitialStock = 1_000_000;
    private static readonly TimeSpan LoadDeadline = TimeSpan.FromSeconds(180);
    private static readonly (string Name, decimal Price)[] Catalog =
        [("Crash lamp", 19.99m), ("Crash chair", 129.50m), ("Crash mug", 7.25m), ("Crash rug", 64.00m), ("Crash pen", 1.99m)];

    private readonly ConcurrentDictionary<string, AcknowledgedOrder> _acknowledged = new();
    private readonly ConcurrentDictionary<string, byte> _paid = new();
    private readonly ConcurrentDictionary<string, byte> _canceled = new();
    private readonly ConcurrentDictionary<string, IssuedInvoice> _invoices = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly List<Task> _buyers = [];
    private volatile bool _stopping;
    private volatile bool _serverGone;

    public IReadOnlyDictionary<string, AcknowledgedOrder> Acknowledged => _acknowledged;

    public ICollection<string> Paid => _paid.Keys;

    public ICollection<string> Canceled => _canceled.Keys;

    public IReadOnlyDictionary<string, IssuedInvoice> Invoices => _invoices;

    public IReadOnlyCollection<string> Unexpected => _unexpected;

    /// <summary>The catalog every load buys from, made through <paramref name="admin"/>, each product with
    /// <see cref="InitialStock"/> units; returns the product ids.</summary>
    public static async Task<string[]> StockCatalogAsync(HttpClient admin)
    {
        var products = new List<string>();
        foreach (var (name, price) in Catalog) products.Add(await admin.CreateProductAsync(name, price, InitialStock));
        return [.. products];
    }

    /// <summary>Starts <paramref name="buyers"/> buyers (ids <c>crash-buyer-NN</c>) against <paramref name="api"/>.</summary>
    public void Start(ApiProcess api, string[] productIds, int buyers)
    {
        for (var i = 0; i < buyers; i++)
        {
            var index = i;
            _buyers.Add(Task.Run(() => BuyAsync(api, index, productIds)));
        }
    }

    /// <summary>Returns once at least <paramref name="acknowledged"/> orders were answered 201; a buyer that failed
    /// before that ends the wait with its exception.</summary>
    public async Task ReachedAsync(int acknowledged)
    {
        await Eventually.TrueAsync(
            async () =>
            {
                if (_buyers.FirstOrDefault(b => b.IsFaulted) is { } failed) await failed;
                if (_buyers.Count > 0 && _buyers.All(b => b.IsCompleted)) throw new InvalidOperationException("Every buyer stopped before the load was reached.");
                return _acknowledged.Count >= acknowledged;
            },
            LoadDeadline,
            () => $"{acknowledged} orders acknowledged (so far {_acknowledged.Count}; unexpected answers: {string.Join(" | ", _unexpected.Take(5))})");
    }

    /// <summary>The process is about to be killed: a request that fails from now on was in flight and stays unanswered.</summary>
    public void ServerGoing() => _serverGone = true;

    /// <summary>Lets every buyer finish the request in hand and waits for them.</summary>
    public async Task StopAsync()
    {
        _stopping = true;
        await Task.WhenAll(_buyers);
    }

    private async Task BuyAsync(ApiProcess api, int index, string[] productIds)
    {
        var userId = $"crash-buyer-{index:D2}";
        using var client = api.ClientFor(userId);
        using var provider = api.Client();
        var random = new Random(index);
        var placed = 0;
        while (!_stopping && !_serverGone)
        {
            var items = productIds.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(p => (p, random.Next(1, 4))).ToArray();
            try
            {
                using var response = await client.PlaceOrderAsync(ApiClientExtensions.OrderBody(items));
                var body = await response.ReadJsonAsync();
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    _unexpected.Enqueue($"POST /api/orders → {(int)response.StatusCode}: {body.ToJsonString()}");
                    continue;
                }

                _acknowledged[body.Id()] = new AcknowledgedOrder(body.Id(), body["orderNumber"].Str(), userId, Lines(items), body["total"].Dec());
                placed++;
                if (placed % 3 == 0) await PayAndInvoiceAsync(client, provider, body);
                else if (placed % 5 == 0) await CancelAsync(client, body.Id());
            }
            catch (Exception ex) when (_serverGone && ex is HttpRequestException or TaskCanceledException or IOException)
            {
                return; // the server is gone: whatever was in flight is unanswered
            }
        }
    }

    private async Task PayAndInvoiceAsync(HttpClient owner, HttpClient provider, JsonObject order)
    {
        using var paid = await provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order));
        var outcome = await paid.ReadJsonAsync();
        if (paid.StatusCode != HttpStatusCode.OK || outcome["result"]?.GetValue<string>() != "applied")
        {
            _unexpected.Enqueue($"payment of {order.Id()} → {(int)paid.StatusCode}: {outcome.ToJsonString()}");
            return;
        }

        _paid.TryAdd(order.Id(), 0);
        using var invoice = await owner.GetAsync($"/api/orders/{order.Id()}/invoice");
        var bytes = await invoice.Content.ReadAsByteArrayAsync();
        if (invoice.StatusCode != HttpStatusCode.OK)
        {
            _unexpected.Enqueue($"invoice of {order.Id()} → {(int)invoice.StatusCode}");
            return;
        }

        var file = invoice.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        _invoices[order.Id()] = new IssuedInvoice(file["factura-".Length..^".pdf".Length], bytes);
    }

    private async Task CancelAsync(HttpClient owner, string orderId)
    {
        using var canceled = await owner.CancelAsync(orderId, "Crash test");
        if (canceled.StatusCode == HttpStatusCode.OK) _canceled.TryAdd(orderId, 0);
        else _unexpected.Enqueue($"cancel of {orderId} → {(int)canceled.StatusCode}: {await canceled.Content.ReadAsStringAsync()}");
    }

    private static Dictionary<string, int> Lines((string ProductId, int Quantity)[] items) => items.ToDictionary(i => i.ProductId, i => i.Quantity);
}
