using System.Net;
using System.Net.Sockets;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using MailKit.Net.Smtp;
using Orders.Infrastructure.Email;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Outbox;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Email;

/// <summary>Sends through the real adapter to a real SMTP server and reads back what the server stored. Each test has
/// its own server, since they count messages from zero and one of them stops the server.</summary>
public sealed class SmtpEmailSenderTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailTemplates BuiltIn = EmailTemplates.Load(null);

    private readonly SmtpServer _server = new();
    private readonly SmtpEmailSender _sender;

    public SmtpEmailSenderTests()
    {
        _sender = new SmtpEmailSender(new SmtpOptions
        {
            Host = _server.Host,
            Port = _server.Port,
            From = "Orders Demo Shop <orders@example.com>",
            TimeoutSeconds = 10,
        });
    }

    [Fact]
    public async Task SendAsync_WhenConfirmation_ArrivesOnceWithToSubjectTextAndHtml()
    {
        var message = Emails("en").Confirmation(PlaceOrder("ada@example.com", "Laptop Pro 15"));

        await _sender.SendAsync(message, CancellationToken.None);

        var received = (await _server.WaitForMessagesAsync(1, Patience)).ShouldHaveSingleItem();
        received.ContentType.ShouldStartWith("multipart/alternative");
        received.To.ShouldContain("ada@example.com");
        received.Subject.ShouldBe("Order 2026-11-0001 confirmed");
        received.Text.ShouldBe(message.TextBody, received.Raw);
        received.Html.ShouldBe(message.HtmlBody, received.Raw);
        received.Text!.ShouldContain("1,321.89 USD");

        // A later message is the witness: once it is stored, a second copy of the first would be too.
        await _sender.SendAsync(Emails("en").Confirmation(PlaceOrder("witness@example.com", "Laptop")), CancellationToken.None);
        var all = await _server.WaitForMessagesAsync(2, Patience);
        all.Count(m => m.To.Contains("ada@example.com", StringComparison.Ordinal)).ShouldBe(1, "the message was delivered more than once");
    }

    [Fact]
    public async Task SendAsync_WhenSpanishNonAsciiSubjectAndBody_DecodesThemExactly()
    {
        var order = PlaceOrder("senora.munoz@example.com", "Cámara réflex «Ñandú» " + new string('é', 300));
        order.MarkPaid(Actor.PaymentProvider, Now).IsSuccess.ShouldBeTrue();
        order.StartPreparation(Actor.PaymentProvider, null, Now).IsSuccess.ShouldBeTrue();
        var confirmation = Emails("es").Confirmation(order);
        var preparing = Emails("es").StatusChanged(order, OrderStatus.Paid, OrderStatus.InPreparation, "Envío mañana 📦");

        await _sender.SendAsync(confirmation, CancellationToken.None);
        await _sender.SendAsync(preparing, CancellationToken.None);

        var received = await _server.WaitForMessagesAsync(2, Patience);
        received.Count.ShouldBe(2);
        var status = received.Single(r => r.Subject != confirmation.Subject);
        status.Subject.ShouldBe("Tu pedido 2026-11-0001 está en preparación", status.Raw);
        status.To.ShouldContain("senora.munoz@example.com");
        status.Text.ShouldBe(preparing.TextBody, status.Raw);
        status.Html.ShouldBe(preparing.HtmlBody, status.Raw);
        status.Text!.ShouldContain("Envío mañana 📦");
        var first = received.Single(r => r.Subject == confirmation.Subject);
        first.Text.ShouldBe(confirmation.TextBody, first.Raw);
        first.Html.ShouldBe(confirmation.HtmlBody, first.Raw);
        first.Text!.ShouldContain("1.321,89 USD");
    }

    [Fact]
    public async Task SendAsync_WhenLongSubjectWithAccentsAndEmoji_DecodesIt()
    {
        var subject = "Tu pedido 2026-11-0001 está en preparación 📦 " + string.Concat(Enumerable.Repeat("ñandú ", 20)).TrimEnd();
        var message = Emails("es").Confirmation(PlaceOrder("ada@example.com", "Laptop")) with { Subject = subject };

        await _sender.SendAsync(message, CancellationToken.None);

        var received = (await _server.WaitForMessagesAsync(1, Patience)).ShouldHaveSingleItem();
        received.Subject.ShouldBe(subject, received.Raw);
    }

    [Fact]
    public async Task SendAsync_WhenServerStopped_Throws()
    {
        _server.Stop();

        var send = () => _sender.SendAsync(Emails("en").Confirmation(PlaceOrder("ada@example.com", "Laptop")), CancellationToken.None);

        await Should.ThrowAsync<SocketException>(send);
    }

    [Fact]
    public async Task SendAsync_WhenServerDownThenBack_FailsThenDelivers()
    {
        var message = Emails("en").Confirmation(PlaceOrder("ada@example.com", "Laptop"));
        _server.Stop();
        await Should.ThrowAsync<SocketException>(() => _sender.SendAsync(message, CancellationToken.None));

        _server.Start();
        await _sender.SendAsync(message, CancellationToken.None);

        var received = (await _server.WaitForMessagesAsync(1, Patience)).ShouldHaveSingleItem();
        received.Subject.ShouldBe(message.Subject);
    }

    [Fact]
    public async Task SendAsync_WhenServerNeverAnswers_ThrowsWithinTimeout()
    {
        // Accepts the connection but never sends the SMTP greeting, like a hung server.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var sender = new SmtpEmailSender(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = ((IPEndPoint)silent.LocalEndpoint).Port,
            TimeoutSeconds = 1,
        });
        var message = Emails("en").Confirmation(PlaceOrder("ada@example.com", "Laptop"));

        // WaitAsync turns a send that ignores its timeout into a failure here instead of a hung test run.
        var error = await Should.ThrowAsync<TimeoutException>(
            () => sender.SendAsync(message, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(15)));

        error.Message.ShouldContain("timed out");
    }

    [Fact]
    public async Task SendAsync_WhenServerRefusesRecipientForGood_ThrowsPermanentWithTheServersWords_AndKeepsSending()
    {
        var refused = Emails("en").Confirmation(PlaceOrder($"{SmtpServer.RefusedMarker}@example.com", "Laptop"));
        var next = Emails("en").Confirmation(PlaceOrder("ada@example.com", "Laptop"));

        var error = await Should.ThrowAsync<PermanentDeliveryException>(() => _sender.SendAsync(refused, CancellationToken.None));
        await _sender.SendAsync(next, CancellationToken.None);

        error.Message.ShouldContain("550");
        error.Message.ShouldContain("no such mailbox here");
        var received = (await _server.WaitForMessagesAsync(1, Patience)).ShouldHaveSingleItem();
        received.To.ShouldContain("ada@example.com");
    }

    [Fact]
    public async Task SendAsync_WhenServerDefersRecipient_ThrowsTheTemporaryReply()
    {
        var message = Emails("en").Confirmation(PlaceOrder($"{SmtpServer.DeferredMarker}@example.com", "Laptop"));

        var error = await Should.ThrowAsync<SmtpCommandException>(() => _sender.SendAsync(message, CancellationToken.None));

        ((int)error.StatusCode).ShouldBe(451);
        error.Message.ShouldContain("Greylisted");
    }

    [Fact]
    public async Task SendAsync_WhenServerRestartedBetweenMessages_ReconnectsOnTheNextSend()
    {
        var first = Emails("en").Confirmation(PlaceOrder("first@example.com", "Laptop"));
        var second = Emails("en").Confirmation(PlaceOrder("second@example.com", "Laptop"));
        await _sender.SendAsync(first, CancellationToken.None);
        await _server.WaitForMessagesAsync(1, Patience);

        _server.Stop();
        _server.Start();
        await _sender.SendAsync(second, CancellationToken.None);

        var received = await _server.WaitForMessagesAsync(2, Patience);
        received.ShouldContain(m => m.To.Contains("second@example.com", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _sender.Dispose();
        _server.Dispose();
    }

    private static OrderEmailRenderer Emails(string language) =>
        new(BuiltIn, new ShopOptions { Name = "Orders Demo Shop", Language = language });

    /// <summary>1 × 1299.99 + 2 × 29.99, 10% off, 8% tax, no shipping: total 1321.89.</summary>
    private static Order PlaceOrder(string customerEmail, string firstProduct)
    {
        var address = ShippingAddress.Create("Ada Lovelace", "12 St James's Square", "London", "SW1Y 4JH", "United Kingdom", null).Value;
        var discount = Orders.Domain.Discounts.Discount.Create("SAVE10", 10m, null, null, null, null, active: true, Now).Value;
        OrderLineDraft[] lines =
        [
            new("line-1", "product-1", firstProduct, null, 1_299_99, 1),
            new("line-2", "product-2", "USB-C Cable", null, 29_99, 2),
        ];
        return Order.Place("order-1", OrderNumber.For(2026, 11, 1), "user-1", customerEmail, lines, address,
            ShippingMethod.Standard, PaymentMethod.Card, discount, new OrderPricing("USD", 8m, new Dictionary<ShippingMethod, long>()), Now).Value;
    }
}
