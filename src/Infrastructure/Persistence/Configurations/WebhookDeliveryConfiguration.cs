using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Application.Webhooks;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> b)
    {
        b.ToTable("WebhookDeliveries");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).HasMaxLength(32).ValueGeneratedNever();
        b.Property(d => d.SubscriptionId).HasMaxLength(32);
        b.Property(d => d.OutboxMessageId).HasMaxLength(32);
        b.Property(d => d.EventId).HasMaxLength(40);
        b.Property(d => d.EventType).HasMaxLength(50);
        b.Property(d => d.Error).HasMaxLength(2000);
        b.HasIndex(d => new { d.SubscriptionId, d.AttemptedAt });
        b.Ignore(d => d.Succeeded);
    }
}
