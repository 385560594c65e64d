using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Domain.Discounts;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class DiscountConfiguration : IEntityTypeConfiguration<Discount>
{
    public void Configure(EntityTypeBuilder<Discount> b)
    {
        b.ToTable("Discounts", t => t.HasCheckConstraint("CK_Discounts_Redemptions", "\"Redemptions\" >= 0"));
        b.HasKey(d => d.Code);
        b.Property(d => d.Code).HasMaxLength(40);
        b.Property(d => d.PercentOff).HasPrecision(5, 2);
        b.Ignore(d => d.DomainEvents);
    }
}
