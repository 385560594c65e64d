using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("IdempotencyRecords");
        b.HasKey(r => new { r.UserId, r.Key });
        b.Property(r => r.UserId).HasMaxLength(UserContext.MaxIdLength);
        b.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        b.Property(r => r.RequestHash).HasMaxLength(64);
        b.Property(r => r.OrderId).HasMaxLength(32);
        b.Property(r => r.OrderNumber).HasMaxLength(20);
        // A takeover or completion writes only if nobody else took the lease since this request read it.
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => r.CreatedAt);
    }
}
