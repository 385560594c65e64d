using Mapster;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Application.Discounts.CreateDiscount;
using Orders.Application.Discounts.DeleteDiscount;
using Orders.Application.Discounts.ListDiscounts;
using Orders.Application.Discounts.UpdateDiscount;
using Orders.Application.Invoices;
using Orders.Application.Orders;
using Orders.Application.Orders.CancelOrder;
using Orders.Application.Orders.ChangeStatus;
using Orders.Application.Orders.DemoCart;
using Orders.Application.Orders.ExpireUnpaid;
using Orders.Application.Orders.GetOrder;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.PlaceOrder;
using Orders.Application.Orders.RejectOrder;
using Orders.Application.Orders.Review;
using Orders.Application.Orders.Stats;
using Orders.Application.Orders.Tracking;
using Orders.Application.Outbox.ListMessages;
using Orders.Application.Outbox.RetryMessage;
using Orders.Application.Payments;
using Orders.Application.Payments.HandlePaymentEvent;
using Orders.Application.Payments.HandleStripeEvent;
using Orders.Application.Products.CreateProduct;
using Orders.Application.Products.DeleteProduct;
using Orders.Application.Products.GetProduct;
using Orders.Application.Products.ListProducts;
using Orders.Application.Products.UpdateProduct;
using Orders.Application.Webhooks.CreateSubscription;
using Orders.Application.Webhooks.DeleteSubscription;
using Orders.Application.Webhooks.ListDeliveries;
using Orders.Application.Webhooks.ListSubscriptions;

namespace Orders.Application;

public static class DependencyInjection
{
    /// <summary>Registers the use cases and the Mapster configuration (with every <see cref="IRegister"/> other layers
    /// add). The host provides <see cref="ShopOptions"/> and the ports (see AddInfrastructure).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(sp => Mappings.Create(sp.GetRequiredService<ShopOptions>(), [.. sp.GetServices<IRegister>()]));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<PaymentEventApplier>();
        services.AddScoped<OrderAccess>();
        services.AddScoped<OrderSettlement>();
        services.AddScoped<CreditNoteNumbering>();
        services.AddScoped<CreditNoteDocument>();
        services.AddScoped<GetCreditNoteHandler>();
        services.AddScoped<PlacementKeys>();
        services.AddScoped<CartPricing>();
        services.AddScoped<OrderNumbering>();
        services.AddScoped<PlaceOrderHandler>();
        services.AddScoped<CancelOrderHandler>();
        services.AddScoped<RejectOrderHandler>();
        services.AddScoped<ExpireUnpaidOrdersHandler>();
        services.AddScoped<GetOrderHandler>();
        services.AddScoped<ListMyOrdersHandler>();
        services.AddScoped<ListAllOrdersHandler>();
        services.AddScoped<GetDemoCartHandler>();
        services.AddScoped<ChangeOrderStatusHandler>();
        services.AddScoped<GetTrackingHandler>();
        services.AddScoped<ReviewOrderHandler>();
        services.AddScoped<GetOrderStatsHandler>();
        services.AddScoped<InvoiceNumbering>();
        services.AddScoped<InvoiceDocument>();
        services.AddScoped<GetInvoiceHandler>();
        services.AddScoped<HandlePaymentEventHandler>();
        services.AddScoped<HandleStripeEventHandler>();
        services.AddScoped<ListProductsHandler>();
        services.AddScoped<GetProductHandler>();
        services.AddScoped<CreateProductHandler>();
        services.AddScoped<UpdateProductHandler>();
        services.AddScoped<DeleteProductHandler>();
        services.AddScoped<ListDiscountsHandler>();
        services.AddScoped<CreateDiscountHandler>();
        services.AddScoped<UpdateDiscountHandler>();
        services.AddScoped<DeleteDiscountHandler>();
        services.AddScoped<CreateSubscriptionHandler>();
        services.AddScoped<ListSubscriptionsHandler>();
        services.AddScoped<DeleteSubscriptionHandler>();
        services.AddScoped<ListDeliveriesHandler>();
        services.AddScoped<ListOutboxMessagesHandler>();
        services.AddScoped<RetryOutboxMessageHandler>();
        return services;
    }
}
