using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Infrastructure.Payments.Stripe;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class StripeIntentConfiguration : IEntityTypeConfiguration<StripeIntent>
{
    public void Configure(EntityTypeBuilder<StripeIntent> b)
    {
        b.ToTable("StripeIntents");
        b.HasKey(i => i.IntentId);
        b.Property(i => i.IntentId).HasMaxLength(100);
        b.Property(i => i.OrderId).HasMaxLength(32);
        b.HasIndex(i => i.CreatedAt);
    }
}
