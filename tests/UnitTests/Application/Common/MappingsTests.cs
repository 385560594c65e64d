using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Application.Common;

public class MappingsTests
{
    [Fact]
    public void Create_CompilesEveryMapWithEveryMemberExplicit()
    {
        var config = Mappings.Create(new ShopOptions());

        Should.NotThrow(() => config.Compile());
        Should.NotThrow(() => config.CompileProjection());
    }

    [Fact]
    public void ForOwnerView_ShowsTheClientSecretToTheOwnerWhilePaymentIsPending()
    {
        var pending = new OrderBuilder().Build();
        pending.AttachPaymentIntent("manual", "pi_1", "secret_1");
        var owner = new UserContext(OrderBuilder.OwnerId, IsAdmin: false, null);

        pending.ForOwnerView(owner, Mappings.Create(new ShopOptions())).Payment.ClientSecret.ShouldBe("secret_1");
        pending.ForOwnerView(new UserContext("admin-1", IsAdmin: true, null), Mappings.Create(new ShopOptions())).Payment.ClientSecret.ShouldBeNull();
        pending.Adapt<OrderDto>(Mappings.Create(new ShopOptions())).Payment.ClientSecret.ShouldBeNull();
    }

    [Fact]
    public void ForOwnerView_WhenPaid_HidesTheClientSecret()
    {
        var order = new OrderBuilder().Build();
        order.AttachPaymentIntent("manual", "pi_1", "secret_1");
        order.MarkPaid(OrderBuilder.Admin, OrderBuilder.PlacedAt).IsSuccess.ShouldBeTrue();

        order.ForOwnerView(new UserContext(OrderBuilder.OwnerId, IsAdmin: false, null), Mappings.Create(new ShopOptions()))
            .Payment.ClientSecret.ShouldBeNull();
    }
}
