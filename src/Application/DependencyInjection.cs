using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Common;
using Orders.Application.Discounts;
using Orders.Application.Invoices;
using Orders.Application.Orders;
using Orders.Application.Orders.ChangeStatus;
using Orders.Application.Orders.DemoCart;
using Orders.Application.Orders.GetOrder;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.PlaceOrder;
using Orders.Application.Orders.Review;
using Orders.Application.Orders.Stats;
using Orders.Application.Orders.Tracking;
using Orders.Application.Payments;
using Orders.Application.Webhooks;
using Orders.Application.Products;

namespace Orders.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use cases. The host provides <see cref="Common.ShopOptions"/>, <see cref="Common.ICurrentUser"/>
    /// and the ports (see AddInfrastructure).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(sp => Mappings.Create(sp.GetRequiredService<ShopOptions>()));
        services.AddScoped<OrderAccess>();
        services.AddScoped<PlaceOrderHandler>();
        services.AddScoped<GetOrderHandler>();
        services.AddScoped<ListMyOrdersHandler>();
        services.AddScoped<GetDemoCartHandler>();
        services.AddScoped<ChangeOrderStatusHandler>();
        services.AddScoped<GetTrackingHandler>();
        services.AddScoped<ReviewOrderHandler>();
        services.AddScoped<ListAllOrdersHandler>();
        services.AddScoped<GetOrderStatsHandler>();
        services.AddScoped<OrderSettlement>();
        services.AddScoped<HandlePaymentEventHandler>();
        services.AddScoped<WebhookHandlers>();
        services.AddScoped<GetInvoiceHandler>();
        services.AddScoped<ProductHandlers>();
        services.AddScoped<DiscountHandlers>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
