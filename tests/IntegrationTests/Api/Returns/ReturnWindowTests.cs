using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Returns;

/// <summary><c>Returns:Window</c> on a fake clock the test moves: a customer may ask until the window after delivery
/// closes, an admin after it too.</summary>
public sealed class ReturnWindowTests
{
    [Fact]
    public async Task Request_AfterTheWindowClosed_Is409ForTheCustomerButNotForAnAdmin()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = OrdersApiFactory.Create((ApiHostOptions.Default with { PaymentEvents = true })
            .With("Returns:Window", "00:10:00")
            .WithServices(services => services.AddSingleton<TimeProvider>(clock)));
        var admin = host.Admin();
        var owner = host.ClientFor("late-returner");
        var product = await admin.CreateProductAsync("Late return", 20m, 10);
        var order = await host.DeliveredOrderAsync(owner, product, 2, signedAt: clock.GetUtcNow());

        clock.Advance(TimeSpan.FromMinutes(9));
        await owner.RequestReturnOkAsync(order.Id(), order.LineId(), 1);
        clock.Advance(TimeSpan.FromMinutes(2));
        var late = await (await owner.RequestReturnAsync(order.Id(), order.LineId(), 1)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        late["code"].Str().ShouldBe("return.window_closed");
        (await admin.RequestReturnOkAsync(order.Id(), order.LineId(), 1))["status"].Str().ShouldBe("approved");
        (await admin.StockOfAsync(product)).ShouldBe(8);
    }
}
