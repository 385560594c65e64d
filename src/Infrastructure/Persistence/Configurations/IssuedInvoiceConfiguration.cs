using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Application.Invoices;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class IssuedInvoiceConfiguration : IEntityTypeConfiguration<IssuedInvoice>
{
    public void Configure(EntityTypeBuilder<IssuedInvoice> b)
    {
        b.ToTable("IssuedInvoices");
        b.HasKey(i => i.OrderId);
        b.Property(i => i.OrderId).HasMaxLength(32);
        b.Property(i => i.Number).HasMaxLength(32);
        b.HasIndex(i => i.Number).IsUnique();
        b.Property(i => i.Data).HasFrozenJsonConversion();
        b.HasOne<Order>().WithOne().HasForeignKey<IssuedInvoice>(i => i.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}
