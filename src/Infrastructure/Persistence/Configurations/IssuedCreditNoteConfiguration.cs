using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Application.CreditNotes;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class IssuedCreditNoteConfiguration : IEntityTypeConfiguration<IssuedCreditNote>
{
    public void Configure(EntityTypeBuilder<IssuedCreditNote> b)
    {
        b.ToTable("IssuedCreditNotes");
        b.HasKey(c => c.Number);
        b.Property(c => c.Number).HasMaxLength(32);
        b.Property(c => c.OrderId).HasMaxLength(32);
        b.Property(c => c.RefundId).HasMaxLength(64);
        b.HasIndex(c => c.RefundId).IsUnique();
        b.Property(c => c.Data).HasFrozenJsonConversion();
        b.HasOne<Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
