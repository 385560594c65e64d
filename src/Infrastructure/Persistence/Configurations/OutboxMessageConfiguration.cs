using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Application.Outbox;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("OutboxMessages");
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).HasMaxLength(32).ValueGeneratedNever();
        b.Property(m => m.Kind).HasMaxLength(20);
        b.Property(m => m.EventId).HasMaxLength(40);
        b.Property(m => m.EventType).HasMaxLength(50);
        b.Property(m => m.OrderId).HasMaxLength(32);
        b.Property(m => m.Target).HasMaxLength(320);
        // A retry saves the status it read as the guard, so two admins retrying one dead message (or housekeeping deleting
        // it meanwhile) cannot put a message back in the queue after it was sent again.
        b.Property(m => m.Status).HasConversion<string>().HasMaxLength(10).IsConcurrencyToken();
        b.Property(m => m.LockedBy).HasMaxLength(200);
        b.Property(m => m.LastError).HasMaxLength(2000);
        b.HasIndex(m => new { m.Status, m.NextAttemptAt });
        b.HasIndex(m => m.OrderId);
    }
}
