using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Notifications;
using Orders.Application.Orders.Stats;
using Orders.Application.Outbox;
using Orders.Application.Webhooks;
using Orders.Application.Payments;
using Orders.Domain.Discounts;
using Orders.Domain.Orders;
using Orders.Domain.Products;
using Orders.Infrastructure.Email;
using Orders.Infrastructure.Identity;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Payments;
using Orders.Infrastructure.Pdf;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Persistence.Repositories;
using Orders.Infrastructure.Webhooks;

namespace Orders.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The adapters behind Application's ports, configured from <c>Database:Provider</c> (Sqlite or Postgres),
    /// <c>ConnectionStrings:Orders</c> and the <c>Shop</c> section. Any host can call it; it needs no ASP.NET.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Orders") ?? "Data Source=orders.db";

        services.AddDbContext<OrdersDbContext>(options =>
        {
            if (database.Provider == DatabaseProvider.Postgres)
                options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            else
                options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(new SqliteUnicodeLower());
            // The migrations are written by hand without a model snapshot (the design-time package is not served here);
            // a test proves the migrated schema equals the model instead.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });

        if (database.Provider == DatabaseProvider.Sqlite) services.AddSingleton<IWriteGate, SingleWriterGate>();
        else services.AddSingleton<IWriteGate, OpenGate>();

        var shop = configuration.GetSection(ShopOptions.Section).Get<ShopOptions>() ?? new ShopOptions();
        services.AddSingleton(shop);

        services.AddSingleton(configuration.GetSection(PaymentOptions.Section).Get<PaymentOptions>() ?? new PaymentOptions());
        services.AddSingleton(configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions());
        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<OutboxOptions>>().Value);
        services.AddSingleton<CircuitBreakers>();
        services.AddOptions<PaymentEventRetention>().Bind(configuration.GetSection(PaymentEventRetention.Section))
            .Validate(p => p.KeepProcessedEventsDays >= 1, "Payments:KeepProcessedEventsDays must be at least 1.").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PaymentEventRetention>>().Value);
        services.AddScoped<OutboxWriter>();
        services.AddScoped<OutboxProcessor>();
        services.AddScoped<IOutboxAdmin, OutboxAdmin>();
        services.AddInvoicePdf(configuration);
        services.AddSingleton<WebhookSender>();
        services.AddScoped<IOutboxHandler, WebhookOutboxHandler>();
        services.AddSingleton(configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddScoped<IOutboxHandler, EmailOutboxHandler>();
        services.AddScoped<IWebhookStore, WebhookStore>();
        services.AddScoped<IWebhookTargetPolicy, WebhookTargetPolicy>();
        if (outbox.DispatcherEnabled)
        {
            services.AddHostedService<OutboxDispatcher>();
            services.AddSingleton<Housekeeping>();
            services.AddHostedService(sp => sp.GetRequiredService<Housekeeping>());
        }
        services.AddSingleton<IIdGenerator, Cuid2Generator>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<IDiscountRepository, DiscountRepository>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped(typeof(IReadRepository<>), typeof(ReadRepository<>));
        services.AddScoped<IStockReservations, StockReservations>();
        services.AddScoped<IDiscountRedemptions, DiscountRedemptions>();
        services.AddScoped<INumberSequences, NumberSequences>();
        services.AddScoped<IProcessedPaymentEvents, ProcessedPaymentEvents>();
        services.AddScoped<IPaymentProvider, ManualPaymentProvider>();
        services.AddScoped<IOrderStatistics, OrderStatisticsQuery>();
        return services;
    }
}
