using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Orders.IntegrationTests.Infrastructure;
using Orders.UnitTests.Infrastructure.Pdf;

namespace Orders.IntegrationTests.Api.CreditNotes;

/// <summary>A refund issues a credit note in its own transaction, numbered from its own series, after the order's
/// invoice; its PDF is printed once and downloaded by the owner and admins only.</summary>
public sealed partial class CreditNoteTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _buyer = factory.ClientFor("credited");

    [Fact]
    public async Task CancelingAPaidOrder_IssuesACreditNote_WhosePdfIsTheSameBytesEveryTime()
    {
        var product = await _admin.CreateProductAsync("Ωmega watch, 5 € gift wrap", 10m, 5);
        var body = new
        {
            items = new[] { new { productId = product, quantity = 2 } },
            shippingAddress = new { fullName = "Łukasz Żółć", street = "Őrség utca 12", city = "Őriszentpéter", postalCode = "9941", country = "HU" },
        };
        var order = (await (await _buyer.PlaceOrderAsync(body)).ShouldBeAsync(HttpStatusCode.Created))["id"].Str();
        (await _admin.PutAsJsonAsync($"/api/orders/{order}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var canceled = await (await _buyer.PostAsJsonAsync($"/api/orders/{order}/cancel", new { reason = "Ordered twice" })).ShouldBeAsync(HttpStatusCode.OK);

        var invoiceNumber = canceled["invoiceNumber"].Str();
        invoiceNumber.ShouldMatch($@"^FV-{DateTime.UtcNow.Year}-\d{{8}}$", "an order without an invoice gets one before its credit note");
        var credit = (await factory.CreditNotesOfAsync(order)).ShouldHaveSingleItem();
        CreditNoteNumber().IsMatch(credit.Number).ShouldBeTrue(credit.Number);
        var total = canceled["total"].Dec();
        credit.Amount.ShouldBe((long)(total * 100));

        var first = await _buyer.GetAsync($"/api/orders/{order}/credit-notes/{credit.Number}");
        var second = await _buyer.GetAsync($"/api/orders/{order}/credit-notes/{credit.Number}");
        var byAdmin = await _admin.GetAsync($"/api/orders/{order}/credit-notes/{credit.Number}");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        first.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        first.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"factura-rectificativa-{credit.Number}.pdf");
        var pdf = await first.Content.ReadAsByteArrayAsync();
        (await second.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        (await byAdmin.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain(credit.Number);
        text.ShouldContain(invoiceNumber);
        text.ShouldContain("Łukasz Żółć");
        text.ShouldContain("Őrség utca 12");
        text.ShouldContain("Ωmega watch, 5 € gift wrap");
        text.ShouldMatch(@"Tax \(8%\)\s+-1\.60 USD");
        text.ShouldMatch($@"Total\s+-{Major(total)} USD");
        text.ShouldContain("Reason: Ordered twice");
    }

    [Fact]
    public async Task EachRefund_TakesTheNextNumberOfTheSeries()
    {
        var product = await _admin.CreateProductAsync("Numbered thing", 5m, 10);
        var first = await CanceledPaidOrderAsync(product);
        var second = await CanceledPaidOrderAsync(product);

        var numbers = new[] { await factory.SingleCreditNoteOfAsync(first), await factory.SingleCreditNoteOfAsync(second) };

        SequenceOf(numbers[1]).ShouldBe(SequenceOf(numbers[0]) + 1);
    }

    [Fact]
    public async Task TheInvoice_IsTheSameBytesBeforeAndAfterARefund()
    {
        var product = await _admin.CreateProductAsync("Invoiced then refunded", 40m, 5);
        var order = await PaidOrderAsync(product);
        var before = await (await _buyer.GetAsync($"/api/orders/{order}/invoice")).Content.ReadAsByteArrayAsync();

        (await _buyer.PostAsJsonAsync($"/api/orders/{order}/cancel", new { reason = "Too late" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var credit = await factory.SingleCreditNoteOfAsync(order);
        var after = await _buyer.GetAsync($"/api/orders/{order}/invoice");

        (await after.Content.ReadAsByteArrayAsync()).ShouldBe(before);
        var invoiceNumber = (await (await _buyer.GetAsync($"/api/orders/{order}")).ReadJsonAsync())["invoiceNumber"].Str();
        PdfTools.Text(before).ShouldContain(invoiceNumber);
        PdfTools.Text(await (await _buyer.GetAsync($"/api/orders/{order}/credit-notes/{credit}")).Content.ReadAsByteArrayAsync())
            .ShouldContain(invoiceNumber);
    }

    [Fact]
    public async Task ARefundOfAnOrderNotInvoicedYet_IssuesTheInvoiceFirst_WhichPrintsTheOrderAsSold()
    {
        var product = await _admin.CreateProductAsync("Refunded before invoicing", 25m, 5);
        var order = await PaidOrderAsync(product);
        (await (await _buyer.GetAsync($"/api/orders/{order}")).ReadJsonAsync())["invoiceNumber"].ShouldBeNull();

        var canceled = await (await _buyer.PostAsJsonAsync($"/api/orders/{order}/cancel", new { reason = "No longer needed" })).ShouldBeAsync(HttpStatusCode.OK);
        var invoice = await _buyer.GetAsync($"/api/orders/{order}/invoice");
        var again = await _buyer.GetAsync($"/api/orders/{order}/invoice");

        var invoiceNumber = canceled["invoiceNumber"].Str();
        var credit = await factory.SingleCreditNoteOfAsync(order);
        invoice.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await invoice.Content.ReadAsByteArrayAsync();
        (await again.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain(invoiceNumber);
        text.ShouldMatch($@"Total\s+{Major(canceled["total"].Dec())} USD");
        PdfTools.Text(await (await _buyer.GetAsync($"/api/orders/{order}/credit-notes/{credit}")).Content.ReadAsByteArrayAsync())
            .ShouldContain(invoiceNumber);
    }

    [Fact]
    public async Task ACreditNote_OfAnotherCustomersOrder_Is404_AndAnUnknownNumberToo()
    {
        var product = await _admin.CreateProductAsync("Private refund", 5m, 5);
        var order = await CanceledPaidOrderAsync(product);
        var credit = await factory.SingleCreditNoteOfAsync(order);

        await (await factory.ClientFor("credit-stranger").GetAsync($"/api/orders/{order}/credit-notes/{credit}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await _buyer.GetAsync($"/api/orders/{order}/credit-notes/FR-1999-00000001")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        unknown["code"].Str().ShouldBe("credit_note.not_found");
        var other = await CanceledPaidOrderAsync(product);
        await (await _buyer.GetAsync($"/api/orders/{other}/credit-notes/{credit}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OrdersCanceledConcurrently_TakeUniqueCreditNoteAndInvoiceNumbersWithoutGaps()
    {
        var product = await _admin.CreateProductAsync("Busy refund", 5m, 100);
        var orders = new List<string>();
        for (var i = 0; i < 8; i++) orders.Add(await PaidOrderAsync(product));

        var cancels = await Task.WhenAll(orders.Select(o => _buyer.PostAsJsonAsync($"/api/orders/{o}/cancel", new { reason = "rush" })));

        cancels.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var credits = new List<string>();
        foreach (var order in orders) credits.Add(await factory.SingleCreditNoteOfAsync(order));
        ShouldBeGapless(credits);
        var invoices = await Task.WhenAll(cancels.Select(async r => (await r.ReadJsonAsync())["invoiceNumber"].Str()));
        ShouldBeGapless(invoices);
    }

    internal static void ShouldBeGapless(IReadOnlyCollection<string> numbers)
    {
        numbers.Distinct().Count().ShouldBe(numbers.Count);
        var sequence = numbers.Select(SequenceOf).Order().ToList();
        (sequence[^1] - sequence[0]).ShouldBe(numbers.Count - 1);
    }

    private static string Major(decimal amount) => Regex.Escape(amount.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture));

    private static int SequenceOf(string number) => int.Parse(number[^8..], System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> PaidOrderAsync(string product)
    {
        var id = (await _buyer.PlaceOrderOkAsync((product, 1)))["id"].Str();
        (await _admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private async Task<string> CanceledPaidOrderAsync(string product)
    {
        var id = await PaidOrderAsync(product);
        (await _buyer.PostAsJsonAsync($"/api/orders/{id}/cancel", new { reason = "changed my mind" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    [GeneratedRegex(@"^FR-\d{4}-\d{8}$")]
    private static partial Regex CreditNoteNumber();
}
