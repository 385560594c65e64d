using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Infrastructure.Payments;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class ManualPaymentConfiguration : IEntityTypeConfiguration<ManualPayment>
{
    public void Configure(EntityTypeBuilder<ManualPayment> b)
    {
        b.ToTable("ManualPayments");
        b.HasKey(p => p.IntentId);
        b.Property(p => p.IntentId).HasMaxLength(100);
        b.Property(p => p.OrderId).HasMaxLength(32);
        b.HasIndex(p => p.OrderId);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.RefundId).HasMaxLength(200);
    }
}
