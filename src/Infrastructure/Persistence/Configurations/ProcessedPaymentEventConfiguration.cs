using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Application.Payments;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class ProcessedPaymentEventConfiguration : IEntityTypeConfiguration<ProcessedPaymentEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedPaymentEvent> b)
    {
        b.ToTable("ProcessedPaymentEvents");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasMaxLength(200);
        b.Property(e => e.Type).HasMaxLength(50);
        b.Property(e => e.IntentId).HasMaxLength(100);
    }
}
