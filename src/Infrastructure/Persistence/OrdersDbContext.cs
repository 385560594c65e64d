using Microsoft.EntityFrameworkCore;
using Orders.Application.CreditNotes;
using Orders.Application.Invoices;
using Orders.Application.Common.Idempotency;
using Orders.Application.Outbox;
using Orders.Application.Payments;
using Orders.Domain.Discounts;
using Orders.Domain.Orders;
using Orders.Domain.Products;
using Orders.Application.Webhooks;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Payments;
using Orders.Infrastructure.Payments.Stripe;

namespace Orders.Infrastructure.Persistence;

/// <summary>The model, shared by every engine. Each engine has its own subclass (<see cref="SqliteOrdersDbContext"/>,
/// <see cref="PostgresOrdersDbContext"/>) because EF keeps one migration set and model snapshot per context type, and
/// the two engines need different column types. Services take this type; DI hands them the configured engine's.</summary>
public abstract class OrdersDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<Discount> Discounts => Set<Discount>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents => Set<ProcessedPaymentEvent>();

    public DbSet<ManualPayment> ManualPayments => Set<ManualPayment>();

    public DbSet<StripeIntent> StripeIntents => Set<StripeIntent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<IssuedInvoice> IssuedInvoices => Set<IssuedInvoice>();

    public DbSet<IssuedCreditNote> IssuedCreditNotes => Set<IssuedCreditNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OrdersDbContext).Assembly);

    // Instants are stored as UTC date-times: SQLite can then sort and compare them (as ISO text), and PostgreSQL
    // keeps them as timestamptz.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeConverter>();
    }
}
