using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;
using Orders.UnitTests.Infrastructure.Pdf;

namespace Orders.IntegrationTests.Api.Invoices;

public sealed class InvoiceTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _buyer = factory.ClientFor("invoiced");

    [Fact]
    public async Task GetInvoice_ForPaidOrder_ReturnsTheSameValidPdfEveryTime()
    {
        var product = await _admin.CreateProductAsync("Cámara réflex Ñandú", 499.99m, 5);
        var order = await PaidOrderAsync((product, 2));

        var first = await _buyer.GetAsync($"/api/orders/{order}/invoice");
        var second = await _buyer.GetAsync($"/api/orders/{order}/invoice");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var disposition = first.Content.Headers.ContentDisposition!;
        disposition.DispositionType.ShouldBe("attachment");
        var number = (await (await _buyer.GetAsync($"/api/orders/{order}")).ReadJsonAsync())["invoiceNumber"].Str();
        number.ShouldMatch($@"^FV-{DateTime.UtcNow.Year}-\d{{8}}$");
        disposition.FileName!.Trim('"').ShouldBe($"factura-{number}.pdf");

        var pdf = await first.Content.ReadAsByteArrayAsync();
        (await second.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain(number);
        text.ShouldContain("Cámara réflex Ñandú");
        text.ShouldContain("1,079.98");
    }

    [Fact]
    public async Task GetInvoice_WhenNamesOutsideLatin1_PrintsThemAsWritten()
    {
        var product = await _admin.CreateProductAsync("Ωmega watch, 5 € gift wrap", 10m, 5);
        var body = new
        {
            items = new[] { new { productId = product, quantity = 1 } },
            shippingAddress = new { fullName = "Łukasz Żółć", street = "Őrség utca 12", city = "Őriszentpéter", postalCode = "9941", country = "HU" },
        };
        var order = (await (await _buyer.PlaceOrderAsync(body)).ShouldBeAsync(HttpStatusCode.Created))["id"].Str();
        (await _admin.PutAsJsonAsync($"/api/orders/{order}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var pdf = await (await _buyer.GetAsync($"/api/orders/{order}/invoice")).Content.ReadAsByteArrayAsync();

        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("Łukasz Żółć");
        text.ShouldContain("Őrség utca 12");
        text.ShouldContain("Ωmega watch");
        text.ShouldContain("5 € gift wrap");
        text.ShouldContain("10.80 USD");
    }

    [Fact]
    public async Task GetInvoice_ForPendingOrder_Returns400()
    {
        var product = await _admin.CreateProductAsync("Unpaid thing", 5m, 5);
        var order = (await _buyer.PlaceOrderOkAsync((product, 1)))["id"].Str();

        var problem = await (await _buyer.GetAsync($"/api/orders/{order}/invoice")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["code"].Str().ShouldBe("order.not_paid");
        problem["detail"].Str().ShouldContain("has not been paid");
    }

    [Fact]
    public async Task GetInvoice_ForOrderCanceledAfterPayment_IsStillIssued()
    {
        var product = await _admin.CreateProductAsync("Returned thing", 5m, 5);
        var order = await PaidOrderAsync((product, 1));
        (await _buyer.PostAsJsonAsync($"/api/orders/{order}/cancel", new { reason = "changed my mind" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _buyer.GetAsync($"/api/orders/{order}/invoice")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetInvoice_OfAnotherUsersOrder_Returns404_ButAdminsGetIt()
    {
        var product = await _admin.CreateProductAsync("Private thing", 5m, 5);
        var order = await PaidOrderAsync((product, 1));

        await (await factory.ClientFor("stranger").GetAsync($"/api/orders/{order}/invoice")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await _admin.GetAsync($"/api/orders/{order}/invoice")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetInvoice_ConcurrentFirstDownloads_NumberEveryOrderOnceWithoutGaps()
    {
        var product = await _admin.CreateProductAsync("Busy thing", 5m, 100);
        var orders = new List<string>();
        for (var i = 0; i < 8; i++) orders.Add(await PaidOrderAsync((product, 1)));

        var downloads = orders.SelectMany(o => new[] { o, o }).Select(o => _buyer.GetAsync($"/api/orders/{o}/invoice"));
        (await Task.WhenAll(downloads)).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);

        var numbers = new List<int>();
        foreach (var order in orders)
            numbers.Add(int.Parse((await (await _buyer.GetAsync($"/api/orders/{order}")).ReadJsonAsync())["invoiceNumber"].Str()[^8..]));
        numbers.Distinct().Count().ShouldBe(8);
        (numbers.Max() - numbers.Min()).ShouldBe(7);
    }

    private async Task<string> PaidOrderAsync(params (string ProductId, int Quantity)[] items)
    {
        var id = (await _buyer.PlaceOrderOkAsync(items))["id"].Str();
        (await _admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }
}
