using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Api.CreditNotes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>Two API instances on one PostgreSQL database refunding at once: credit note numbers, and the numbers of the
/// invoices issued with them, stay unique and without gaps.</summary>
public sealed class CreditNoteScaleOutTests : IClassFixture<PostgresApiFactory>, IDisposable
{
    private readonly PostgresApiFactory _first;
    private readonly OrdersApiFactory _second;

    public CreditNoteScaleOutTests(PostgresApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
    }

    [Fact]
    public async Task CreditNoteNumbers_FromTwoInstancesAtOnce_AreUniqueAndGapFree()
    {
        var admin = _first.Admin();
        var product = await admin.CreateProductAsync("Scale-out refunded", 3m, 100);
        var buyer = _first.ClientFor("pg-credited");
        var orders = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var id = (await buyer.PlaceOrderOkAsync((product, 1)))["id"].Str();
            (await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            orders.Add(id);
        }

        var secondBuyer = _second.ClientFor("pg-credited");
        var cancels = await Task.WhenAll(orders.Select((o, i) =>
            (i % 2 == 0 ? buyer : secondBuyer).PostAsJsonAsync($"/api/orders/{o}/cancel", new { reason = "rush" })));

        cancels.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var credits = new List<string>();
        foreach (var order in orders) credits.Add(await _second.SingleCreditNoteOfAsync(order));
        CreditNoteTests.ShouldBeGapless(credits);
        var invoices = await Task.WhenAll(cancels.Select(async r => (await r.ReadJsonAsync())["invoiceNumber"].Str()));
        CreditNoteTests.ShouldBeGapless(invoices);
        var pdfs = await Task.WhenAll(orders.Zip(credits).SelectMany(p => new[]
        {
            buyer.GetAsync($"/api/orders/{p.First}/credit-notes/{p.Second}"), secondBuyer.GetAsync($"/api/orders/{p.First}/credit-notes/{p.Second}"),
        }));
        pdfs.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
    }

    public void Dispose() => _second.Dispose();
}
