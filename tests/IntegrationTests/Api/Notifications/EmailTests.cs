using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>Customer emails end to end: the API writes them to the outbox, the dispatcher renders and sends them over
/// SMTP, and a real SMTP server (aiosmtpd) stores them. Each test writes to its own customer address.</summary>
public sealed class EmailTests(EmailApiFactory factory) : IClassFixture<EmailApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task PlacingAnOrder_DeliversOneConfirmationWithItsNumberAndTotal()
    {
        var product = await _admin.CreateProductAsync("Mail lamp", 20m, 5);

        var order = await factory.ClientFor("mailed", email: "mailed@example.com").PlaceOrderOkAsync((product, 1));

        var mail = (await factory.MailForAsync("mailed@example.com", 1)).ShouldHaveSingleItem();
        mail.Subject.ShouldContain(order["orderNumber"].Str());
        mail.Text.ShouldNotBeNull().ShouldContain(Total(order));
        mail.Text.ShouldContain("Mail lamp");
        mail.Html.ShouldNotBeNull().ShouldContain(order["orderNumber"].Str());
        // Messages go out in order of creation, so once a later order's email is there a second copy would be too.
        await factory.ClientFor("mailed-witness", email: "mailed-witness@example.com").PlaceOrderOkAsync((product, 1));
        await factory.MailForAsync("mailed-witness@example.com", 1);
        (await factory.MailForAsync("mailed@example.com", 1)).Count.ShouldBe(1, "the confirmation was sent more than once");
    }

    [Fact]
    public async Task WithTheMailServerDown_TheEmailWaitsInTheOutbox_AndIsDeliveredWhenItIsBack()
    {
        var product = await _admin.CreateProductAsync("Patient lamp", 20m, 5);
        factory.Smtp.Stop();
        JsonObject order;
        try
        {
            order = await factory.ClientFor("patient", email: "patient@example.com").PlaceOrderOkAsync((product, 1));

            var waiting = await Eventually.FoundAsync(async () =>
            {
                var pending = await (await _admin.GetAsync("/api/admin/outbox?status=pending&limit=100")).ShouldBeAsync(HttpStatusCode.OK);
                return pending["items"]!.AsArray().FirstOrDefault(m =>
                    m!["orderId"].Str() == order["id"].Str() && m["kind"].Str() == "email" && m["attempts"]!.GetValue<int>() >= 2);
            });
            waiting["lastError"].Str().ShouldNotBeNullOrEmpty();
        }
        finally
        {
            factory.Smtp.Start();
        }

        var mail = (await factory.MailForAsync("patient@example.com", 1)).ShouldHaveSingleItem();
        mail.Subject.ShouldContain(order["orderNumber"].Str());
    }

    [Fact]
    public async Task ARecipientTheServerRefuses_ParksTheEmailAsDeadAfterOneAttempt_WithTheServersWords()
    {
        var product = await _admin.CreateProductAsync("Bounced lamp", 20m, 5);

        var order = await factory.ClientFor("bounced", email: $"{SmtpServer.RefusedMarker}-bounced@example.com").PlaceOrderOkAsync((product, 1));

        var dead = await Eventually.FoundAsync(() => EmailInOutboxAsync(order, "dead"));
        dead["attempts"]!.GetValue<int>().ShouldBe(1);
        dead["lastError"].Str().ShouldContain("550");
        dead["lastError"].Str().ShouldContain("no such mailbox here");
    }

    [Fact]
    public async Task ARefusalNamingTheRecipient_IsStoredAndLogged_WithTheAddressMasked()
    {
        var product = await _admin.CreateProductAsync("Private lamp", 20m, 5);
        const string address = $"{SmtpServer.RefusedMarker}-private.customer@example.com";

        var order = await factory.ClientFor("private-customer", email: address).PlaceOrderOkAsync((product, 1));

        // The test server answers "550 5.1.1 <address>: no such mailbox here", as real ones do.
        var dead = await Eventually.FoundAsync(() => EmailInOutboxAsync(order, "dead"));
        var lastError = dead["lastError"].Str();
        lastError.ShouldContain("550 5.1.1 <r***@example.com>: no such mailbox here");
        lastError.ShouldNotContain("private.customer", Case.Insensitive);
        var id = dead["id"].Str();
        var logged = await Eventually.FoundAsync(
            () => Task.FromResult(factory.Logs.Events.FirstOrDefault(e => e["Properties"]?["Id"]?.GetValue<string>() == id && e["Level"]?.GetValue<string>() == "Error")),
            Eventually.DefaultTimeout, () => $"the dispatcher's log entry parking {id}");
        logged["RenderedMessage"].Str().ShouldContain("<r***@example.com>: no such mailbox here");
        // Everything the host logged up to and including that entry (the request that placed the order among it).
        factory.Logs.Events.ShouldNotContain(e => e.ToJsonString().Contains("private.customer", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ARecipientTheServerDefers_StaysPendingAndIsRetried_WithTheServersWords()
    {
        var product = await _admin.CreateProductAsync("Greylisted lamp", 20m, 5);

        var order = await factory.ClientFor("deferred", email: $"{SmtpServer.DeferredMarker}-deferred@example.com").PlaceOrderOkAsync((product, 1));

        var waiting = await Eventually.FoundAsync(async () =>
            await EmailInOutboxAsync(order, "pending") is { } m && m["attempts"]!.GetValue<int>() >= 2 ? m : null);
        waiting["lastError"].Str().ShouldContain("4.7.1 Greylisted");
    }

    [Fact]
    public async Task ARefusedOrder_SendsNothing()
    {
        var product = await _admin.CreateProductAsync("Scarce mail lamp", 20m, 1);
        var buyer = factory.ClientFor("refused-mail", email: "refused-mail@example.com");

        (await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 2)))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await factory.ClientFor("witness", email: "witness@example.com").PlaceOrderOkAsync((product, 1));

        // Messages go out in order of creation, so once the later order's email is there the refused one would be too.
        await factory.MailForAsync("witness@example.com", 1);
        (await factory.MailForAsync("refused-mail@example.com", 0)).ShouldBeEmpty();
    }

    [Fact]
    public async Task AnEmailClaimThatIsNoAddress_PlacesTheOrder_AndQueuesNoEmail()
    {
        var product = await _admin.CreateProductAsync("Unmailable lamp", 20m, 5);

        var order = await factory.ClientFor("unmailable", email: "not an address").PlaceOrderOkAsync((product, 1));

        var all = await (await _admin.GetAsync("/api/admin/outbox?limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        all["items"]!.AsArray().ShouldNotContain(m => m!["orderId"].Str() == order["id"].Str() && m["kind"].Str() == "email");
    }

    [Fact]
    public async Task AnEmailTheTokenSaysIsUnverified_PlacesTheOrder_AndQueuesNoEmail()
    {
        var product = await _admin.CreateProductAsync("Unverified lamp", 20m, 5);
        var token = TestTokens.Create("unverified", email: "unverified@example.com",
            claims: new Dictionary<string, object> { ["email_verified"] = false });

        var order = await factory.ClientWithToken(token).PlaceOrderOkAsync((product, 1));

        var all = await (await _admin.GetAsync("/api/admin/outbox?limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        all["items"]!.AsArray().ShouldNotContain(m => m!["orderId"].Str() == order["id"].Str() && m["kind"].Str() == "email");
    }

    [Fact]
    public async Task AnEmailTheTokenSaysIsVerified_IsKept()
    {
        var product = await _admin.CreateProductAsync("Verified lamp", 20m, 5);
        var token = TestTokens.Create("verified", email: "verified@example.com",
            claims: new Dictionary<string, object> { ["email_verified"] = true });

        await factory.ClientWithToken(token).PlaceOrderOkAsync((product, 1));

        (await factory.MailForAsync("verified@example.com", 1)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Shipping_SendsTheTrackingNumber_AndCancelingAPaidOrder_AnnouncesTheRefund()
    {
        var product = await _admin.CreateProductAsync("Travelling lamp", 20m, 5);
        var owner = factory.ClientFor("traveller", email: "traveller@example.com");

        var shipped = await factory.OrderInStateAsync(owner, product, "shipped");
        var paid = await factory.OrderInStateAsync(owner, product, "paid");
        await (await owner.CancelAsync(paid.Id(), "Bought it elsewhere")).ShouldBeAsync(HttpStatusCode.OK);

        // Confirmation, paid, in preparation, ready, shipped; then confirmation, paid, canceled.
        var mails = await factory.MailForAsync("traveller@example.com", 8);
        var shippedMail = mails.Single(m => m.Subject.Contains(shipped["orderNumber"].Str(), StringComparison.Ordinal)
            && m.Text!.Contains(LifecycleApi.TrackingNumber, StringComparison.Ordinal));
        shippedMail.Text!.ShouldContain(LifecycleApi.Carrier);
        var canceledMail = mails.Single(m => m.Subject.Contains(paid["orderNumber"].Str(), StringComparison.Ordinal)
            && m.Text!.Contains("Bought it elsewhere", StringComparison.Ordinal));
        canceledMail.Text!.ShouldContain("refunding " + Total(paid));
    }

    private async Task<JsonNode?> EmailInOutboxAsync(JsonObject order, string status)
    {
        var page = await (await _admin.GetAsync($"/api/admin/outbox?status={status}&limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().FirstOrDefault(m => m!["orderId"].Str() == order["id"].Str() && m["kind"].Str() == "email");
    }

    private static string Total(JsonObject order) =>
        order["total"]!.GetValue<decimal>().ToString("N2", CultureInfo.GetCultureInfo("en-US")) + " USD";
}
