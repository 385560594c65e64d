using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;
using Orders.UnitTests.Infrastructure.Pdf;

namespace Orders.IntegrationTests.Api.CreditNotes;

/// <summary>What a credit note and the invoice issued with it say is frozen at the refund: new settings and a restart
/// change neither a document already printed nor one printed for the first time afterwards.</summary>
public sealed class CreditNoteFreezeTests
{
    [Fact]
    public async Task CreditNotesAndTheirInvoice_AfterSellerLanguageAndTaxChangeAndARestart_PrintAsIssued()
    {
        var directory = Directory.CreateTempSubdirectory("orders-frozen-credit-note-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "orders.db")};Pooling=false";
        string printed, unprinted, printedNumber, unprintedNumber;
        byte[] first;
        using (var before = OnDatabase(connectionString, new Dictionary<string, string?>()))
        {
            var admin = before.Admin();
            var buyer = before.ClientFor("frozen-credit-note");
            var product = await admin.CreateProductAsync("Frozen kettle", 100m, 5);
            printed = await CanceledPaidOrderAsync(admin, buyer, product);
            unprinted = await CanceledPaidOrderAsync(admin, buyer, product);
            printedNumber = await before.SingleCreditNoteOfAsync(printed);
            unprintedNumber = await before.SingleCreditNoteOfAsync(unprinted);
            first = await (await buyer.GetAsync($"/api/orders/{printed}/credit-notes/{printedNumber}")).Content.ReadAsByteArrayAsync();
        }

        using var after = OnDatabase(connectionString, new Dictionary<string, string?>
        {
            ["Shop:TaxRatePercent"] = "10", ["Shop:Language"] = "es", ["Invoice:SellerName"] = "Another Seller S.A.",
        });
        var client = after.ClientFor("frozen-credit-note");
        var again = await client.GetAsync($"/api/orders/{printed}/credit-notes/{printedNumber}");
        var late = await (await client.GetAsync($"/api/orders/{unprinted}/credit-notes/{unprintedNumber}")).Content.ReadAsByteArrayAsync();
        var invoice = await (await client.GetAsync($"/api/orders/{unprinted}/invoice")).Content.ReadAsByteArrayAsync();
        after.Dispose();
        Directory.Delete(directory, recursive: true);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsByteArrayAsync()).ShouldBe(first);
        foreach (var text in new[] { PdfTools.Text(first), PdfTools.Text(late) })
        {
            text.ShouldContain("Credit note");
            text.ShouldContain("Orders Demo Shop S.L.");
            text.ShouldContain("Tax (8%)");
            text.ShouldContain("-8.00 USD");
            text.ShouldNotContain("Another Seller");
        }

        var invoiceText = PdfTools.Text(invoice);
        invoiceText.ShouldContain("Invoice");
        invoiceText.ShouldContain("Orders Demo Shop S.L.");
        invoiceText.ShouldContain("Tax (8%)");
        invoiceText.ShouldNotContain("Another Seller");
    }

    private static async Task<string> CanceledPaidOrderAsync(HttpClient admin, HttpClient buyer, string product)
    {
        var id = (await buyer.PlaceOrderOkAsync((product, 1)))["id"].Str();
        (await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await buyer.PostAsJsonAsync($"/api/orders/{id}/cancel", new { reason = "changed my mind" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    /// <summary>An API on a database file the test owns, so that it outlives one host and a second host can reopen it.</summary>
    private static OrdersApiFactory OnDatabase(string connectionString, IReadOnlyDictionary<string, string?> changes) =>
        OrdersApiFactory.Create(ApiHostOptions.Default.With("ConnectionStrings:Orders", connectionString).With(changes));
}
