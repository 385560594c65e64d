using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Discounts;
using Orders.Application.Orders.DemoCart;
using Orders.Application.Orders.GetOrder;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.PlaceOrder;
using Orders.Application.Products;

namespace Orders.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use cases. The host provides <see cref="Common.ShopOptions"/>, <see cref="Common.ICurrentUser"/>
    /// and the ports (see AddInfrastructure).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<PlaceOrderHandler>();
        services.AddScoped<GetOrderHandler>();
        services.AddScoped<ListMyOrdersHandler>();
        services.AddScoped<GetDemoCartHandler>();
        services.AddScoped<ProductHandlers>();
        services.AddScoped<DiscountHandlers>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
