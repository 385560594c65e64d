using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Notifications;
using Orders.Application.Orders.Stats;
using Orders.Application.CreditNotes;
using Orders.Application.Invoices;
using Orders.Application.Outbox;
using Orders.Application.Webhooks;
using Orders.Application.Payments;
using Orders.Application.Returns;
using Orders.Domain.Discounts;
using Orders.Domain.Orders;
using Orders.Domain.Products;
using Orders.Infrastructure.Email;
using Orders.Infrastructure.Email.Templates;
using Orders.Infrastructure.Identity;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Payments;
using Orders.Infrastructure.Payments.Stripe;
using Orders.Application.Payments.HandlePaymentEvent;
using Orders.Application.Payments.HandleStripeEvent;
using Orders.Infrastructure.Pdf;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Persistence.Repositories;
using Orders.Infrastructure.Persistence.Views;
using Orders.Application.Orders;
using Orders.Infrastructure.Telemetry;
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

        // Each engine has its own context type and migration set; services ask for OrdersDbContext and get that one.
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<OrdersDbContext, PostgresOrdersDbContext>((sp, options) => options.UseOrdersPostgres(connectionString)
                .AddInterceptors(new OrderViewInterceptor(sp)));
            services.AddSingleton<IWriteGate, OpenGate>();
            services.AddSingleton<IWriteTransactions, OwnTransactions>();
            services.AddScoped<IOrderViews>(sp => sp.GetRequiredService<EfOrderReader>());
        }
        else
        {
            var sqlite = SqliteDurability.WithBusyTimeout(connectionString, configuration.GetValue<int?>("Database:BusyTimeoutSeconds"));
            services.AddDbContextPool<OrdersDbContext, SqliteOrdersDbContext>((sp, options) => options.UseOrdersSqlite(sqlite)
                .AddInterceptors(new OrderViewInterceptor(sp)));
            services.AddSingleton<SqliteGroupCommit>();
            services.AddSingleton<IWriteGate>(sp => sp.GetRequiredService<SqliteGroupCommit>());
            services.AddSingleton<IWriteTransactions>(sp => sp.GetRequiredService<SqliteGroupCommit>());
            // Every read of orders by prepared statement: on SQLite it is faster than EF for each of them.
            services.AddSingleton(_ => new SqliteReadConnections(sqlite));
            services.AddScoped(sp => new SqliteOrderReader(sp.GetRequiredService<SqliteReadConnections>(), sp.GetRequiredService<OrderViewRebuild>()));
            services.AddScoped<IOrderViews>(sp => sp.GetRequiredService<SqliteOrderReader>());
        }

        ValidatedOptions.Add<DatabaseOptions>(services, configuration, DatabaseOptions.Section, o => o.Problems());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SchemaCheck>();
        // Both order readers answer every read; the engine's branch above chose which one IOrderViews is, once.
        services.AddScoped<OrderViewRebuild>();
        services.AddScoped(sp => new EfOrderReader(sp.GetRequiredService<OrdersDbContext>(), sp.GetRequiredService<OrderViewRebuild>()));
        services.AddSingleton<OrderViewBackfill>();
        services.AddAfterSchema<OrderViewBackfill>();

        ValidatedOptions.Add<ShopOptions>(services, configuration, ShopOptions.Section, o => o.Problems());
        ValidatedOptions.Add<PaymentOptions>(services, configuration, PaymentOptions.Section, o => o.Problems());
        ValidatedOptions.Add<OrderOptions>(services, configuration, OrderOptions.Section, o => o.Problems());
        ValidatedOptions.Add<ReturnOptions>(services, configuration, ReturnOptions.Section, o => o.Problems());
        var stripe = configuration[$"{PaymentOptions.Section}:Provider"] == PaymentOptions.Stripe;
        ValidatedOptions.Add<StripeOptions>(services, configuration, StripeOptions.Section, o => stripe ? o.Problems() : []);
        ValidatedOptions.Add<WebhookOptions>(services, configuration, WebhookOptions.Section, o => o.Problems());
        var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        ValidatedOptions.Add<OutboxOptions>(services, configuration, OutboxOptions.Section, o => o.Problems());
        services.AddSingleton<CircuitBreakers>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<WebhookBodies>();
        services.AddScoped<OutboxProcessor>();
        services.AddScoped<IOutboxAdmin, OutboxAdmin>();
        services.AddInvoicePdf(configuration);
        services.AddSingleton<WebhookSender>();
        services.AddScoped<IOutboxHandler, WebhookOutboxHandler>();
        services.AddSingleton(configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions());
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        // Parsed here, once, so that a template that does not parse stops any host at start-up, naming its file and line.
        services.AddSingleton(EmailTemplates.Load(email.TemplatesPath));
        services.AddSingleton<OrderEmailRenderer>();
        services.AddScoped<IOutboxHandler, EmailOutboxHandler>();
        services.AddScoped<IWebhookStore, WebhookStore>();
        services.AddScoped<IWebhookTargetPolicy, WebhookTargetPolicy>();
        if (outbox.DispatcherEnabled)
        {
            services.AddSingleton<OutboxDispatcher>();
            services.AddAfterSchema<OutboxDispatcher>();
            services.AddSingleton<Housekeeping>();
            services.AddAfterSchema<Housekeeping>();
            services.AddSingleton<UnpaidOrderExpiry>();
            services.AddAfterSchema<UnpaidOrderExpiry>();
        }
        services.AddSingleton<IIdGenerator, Cuid2Generator>();
        services.AddScoped<WritesOnSave>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<IProductRepository, ProductRepository>();
        services.AddScoped<IDiscountRepository, DiscountRepository>();
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddScoped(typeof(IReadRepository<>), typeof(ReadRepository<>));
        services.AddScoped<IStockReservations, StockReservations>();
        services.AddScoped<IDiscountRedemptions, DiscountRedemptions>();
        services.AddScoped<IUnpaidOrders, UnpaidOrders>();
        services.AddScoped<INumberSequences, NumberSequences>();
        services.AddSingleton<NumberBlocks>();
        services.AddScoped<IProcessedPaymentEvents, ProcessedPaymentEvents>();
        services.AddScoped<IInvoiceArchive, InvoiceArchive>();
        services.AddScoped<ICreditNoteArchive, CreditNoteArchive>();
        services.AddPayments(stripe);
        services.AddOrdersMetrics(configuration);
        services.AddScoped<IOrderStatistics, OrderStatisticsQuery>();
        return services;
    }

    // Background work starts once the database has this build's schema (at once where the host migrated at start).
    private static void AddAfterSchema<T>(this IServiceCollection services) where T : class, IHostedService =>
        services.AddHostedService(sp => new AfterSchema<T>(sp.GetRequiredService<T>(), sp.GetRequiredService<SchemaCheck>()));

    // One provider serves the whole service; the refund step asks it for refunds of the orders it holds.
    private static void AddPayments(this IServiceCollection services, bool stripe)
    {
        services.AddScoped<IOutboxHandler, RefundOutboxHandler>();
        services.AddScoped<IOutboxHandler, IntentCancelOutboxHandler>();
        services.AddSingleton<IPaymentEventReader, ManualPaymentEventReader>();
        services.AddSingleton<IStripeEventReader, StripeEventReader>();
        if (!stripe)
        {
            services.AddScoped<IPaymentProvider, ManualPaymentProvider>();
            return;
        }

        services.AddSingleton<global::Stripe.IStripeClient>(sp =>
        {
            var options = sp.GetRequiredService<StripeOptions>();
            var http = new System.Net.Http.HttpClient { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) };
            return new global::Stripe.StripeClient(options.SecretKey, httpClient: new global::Stripe.SystemNetHttpClient(http, options.MaxNetworkRetries, enableTelemetry: false),
                apiBase: options.ApiBase);
        });
        services.AddSingleton<StripeIntentLedger>();
        services.AddScoped<StripePaymentProvider>();
        services.AddScoped<IPaymentProvider>(sp => sp.GetRequiredService<StripePaymentProvider>());
    }
}
