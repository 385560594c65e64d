using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Domain.Products;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        // The conditional stock update relies on this too: the database itself refuses a negative stock.
        b.ToTable("Products", t => t.HasCheckConstraint("CK_Products_Stock", "\"Stock\" >= 0"));
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).HasMaxLength(32).ValueGeneratedNever();
        b.Property(p => p.Name).HasMaxLength(Product.MaxNameLength);
        b.HasIndex(p => p.Name);
        b.Property(p => p.Description).HasMaxLength(Product.MaxDescriptionLength);
        b.Ignore(p => p.DomainEvents);

        b.Property(p => p.Images).HasJsonListConversion();
    }
}
