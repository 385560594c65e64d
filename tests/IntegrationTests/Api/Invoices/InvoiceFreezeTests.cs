using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Invoices;

/// <summary>An issued invoice is the same document forever: new settings and a restart do not re-render it.</summary>
public sealed class InvoiceFreezeTests
{
    [Fact]
    public async Task GetInvoice_AfterTaxSellerAndLanguageChangeAndARestart_ReturnsTheSameBytes()
    {
        var directory = Directory.CreateTempSubdirectory("orders-frozen-invoice-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "orders.db")};Pooling=false";
        string orderId;
        byte[] first;
        using (var before = OnDatabase(connectionString, new Dictionary<string, string?>()))
        {
            var admin = before.Admin();
            var buyer = before.ClientFor("frozen-invoice");
            var product = await admin.CreateProductAsync("Frozen lamp", 100m, 5);
            orderId = (await buyer.PlaceOrderOkAsync((product, 1)))["id"].Str();
            (await admin.PutAsJsonAsync($"/api/orders/{orderId}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            first = await (await buyer.GetAsync($"/api/orders/{orderId}/invoice")).Content.ReadAsByteArrayAsync();
        }

        using var after = OnDatabase(connectionString, new Dictionary<string, string?>
        {
            ["Shop:TaxRatePercent"] = "10", ["Shop:Language"] = "es", ["Invoice:SellerName"] = "Another Seller S.A.",
        });
        var again = await after.ClientFor("frozen-invoice").GetAsync($"/api/orders/{orderId}/invoice");
        after.Dispose();
        Directory.Delete(directory, recursive: true);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsByteArrayAsync()).ShouldBe(first);
        var text = global::Orders.UnitTests.Infrastructure.Pdf.PdfTools.Text(first);
        text.ShouldContain("Tax (8%)");
        text.ShouldContain("108.00");
    }

    [Fact]
    public async Task GetInvoice_FirstIssuedAfterTheShopChangedItsTaxRate_PrintsTheRateTheOrderWasPlacedWith()
    {
        var directory = Directory.CreateTempSubdirectory("orders-placed-rate-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "orders.db")};Pooling=false";
        string orderId;
        using (var before = OnDatabase(connectionString, new Dictionary<string, string?>()))
        {
            var admin = before.Admin();
            var product = await admin.CreateProductAsync("Taxed lamp", 100m, 5);
            orderId = (await before.ClientFor("placed-rate").PlaceOrderOkAsync((product, 1)))["id"].Str();
            (await admin.PutAsJsonAsync($"/api/orders/{orderId}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var after = OnDatabase(connectionString, new Dictionary<string, string?> { ["Shop:TaxRatePercent"] = "21" });
        var invoice = await after.ClientFor("placed-rate").GetAsync($"/api/orders/{orderId}/invoice");
        var bytes = await invoice.Content.ReadAsByteArrayAsync();
        after.Dispose();
        Directory.Delete(directory, recursive: true);

        invoice.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = global::Orders.UnitTests.Infrastructure.Pdf.PdfTools.Text(bytes);
        text.ShouldContain("Tax (8%)");
        text.ShouldNotContain("21%");
        text.ShouldContain("108.00");
    }

    /// <summary>An API on a database file the test owns, so that it outlives one host and a second host can reopen it.</summary>
    private static OrdersApiFactory OnDatabase(string connectionString, IReadOnlyDictionary<string, string?> changes) =>
        OrdersApiFactory.Create(ApiHostOptions.Default.With("ConnectionStrings:Orders", connectionString).With(changes));
}
