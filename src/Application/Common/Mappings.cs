using Mapster;
using Orders.Application.Discounts;
using Orders.Application.Orders;
using Orders.Application.Outbox;
using Orders.Application.Products;
using Orders.Application.Webhooks;

namespace Orders.Application.Common;

/// <summary>The one Mapster configuration: every feature's maps, every destination member mapped explicitly, so a renamed
/// property fails <see cref="TypeAdapterConfig.Compile()"/> in a test instead of a request.</summary>
public static class Mappings
{
    public static TypeAdapterConfig Create(ShopOptions shop, params IRegister[] others)
    {
        var config = new TypeAdapterConfig { RequireExplicitMapping = true, RequireDestinationMemberSource = true };
        config.Apply([new OrderMappings(), new ProductMappings(shop.Currency), new DiscountMappings(), new WebhookMappings(), new OutboxMappings(), .. others]);
        return config;
    }
}
