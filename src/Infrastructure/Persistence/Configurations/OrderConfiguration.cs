using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Orders.Application.Common;
using Orders.Domain.Orders;
using Orders.Domain.Products;
using Orders.Infrastructure.Persistence.Views;

namespace Orders.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.ToTable("Orders");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).HasMaxLength(32).ValueGeneratedNever();
        b.Property(o => o.OrderNumber).HasMaxLength(20);
        b.HasIndex(o => o.OrderNumber).IsUnique();
        b.Property(o => o.UserId).HasMaxLength(UserContext.MaxIdLength);
        b.HasIndex(o => new { o.UserId, o.CreatedAt });
        b.HasIndex(o => o.CreatedAt);
        b.Property(o => o.CustomerEmail).HasMaxLength(UserContext.MaxEmailLength);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.ShippingMethod).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.PaymentStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Currency).HasMaxLength(3);
        b.Property(o => o.DiscountCode).HasMaxLength(40);
        b.Property(o => o.DiscountPercentOff).HasPrecision(5, 2);
        b.Ignore(o => o.DiscountTerms);
        b.Ignore(o => o.IsEditable);
        // Shop:TaxRatePercent allows 0 to 100 with two decimals.
        b.Property(o => o.TaxRatePercent).HasPrecision(5, 2);
        b.Property(o => o.ShippingCarrier).HasMaxLength(Order.MaxTrackingLength);
        b.Property(o => o.TrackingNumber).HasMaxLength(Order.MaxTrackingLength);
        b.Property(o => o.CancelReason).HasMaxLength(OrderErrors.MaxReasonLength);
        b.Property(o => o.PaymentProvider).HasMaxLength(40);
        b.Property(o => o.PaymentIntentId).HasMaxLength(100);
        b.HasIndex(o => o.PaymentIntentId).IsUnique();
        b.Property(o => o.PaymentClientSecret).HasMaxLength(200);
        b.Property(o => o.TransactionId).HasMaxLength(200);
        b.Property(o => o.PaymentFailureReason).HasMaxLength(500);
        b.Property(o => o.RefundId).HasMaxLength(200);
        b.Property(o => o.InvoiceNumber).HasMaxLength(20);
        b.HasIndex(o => o.InvoiceNumber).IsUnique();
        b.Property(o => o.ReviewComment).HasMaxLength(Order.MaxReviewCommentLength);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.Property<string?>(OrderViewJson.Column);
        b.Property<int>(OrderViewJson.VersionColumn);
        b.Property<int>(OrderViewJson.FormatColumn);
        // Holds only the orders whose view may not be served (OrderViewBackfill.Stale), so the backfill at each start finds
        // them (or that there are none) without reading every order; a saved order leaves it, its view is written with it.
        // The filter names the current format: bumping it is a model change, and its migration rebuilds this index.
        b.HasIndex(o => o.Id).HasDatabaseName("IX_Orders_StaleView").HasFilter(
            $"\"{OrderViewJson.Column}\" IS NULL OR \"{OrderViewJson.FormatColumn}\" < {OrderViewJson.Format} OR \"{OrderViewJson.VersionColumn}\" <> \"Version\"");
        b.Ignore(o => o.WasPaid);
        b.Ignore(o => o.AwaitsRefund);
        b.Ignore(o => o.AwaitsPayment);
        b.Ignore(o => o.HasReviewed);
        b.Ignore(o => o.FulfillmentStatus);
        b.Ignore(o => o.RefundedTotal);
        b.Ignore(o => o.RefundableTotal);
        b.Ignore(o => o.RefundableShipping);
        b.Ignore(o => o.RefundsWithoutCreditNote);
        b.Ignore(o => o.DomainEvents);

        b.ComplexProperty(o => o.ShippingAddress, a =>
        {
            a.Property(x => x.FullName).HasColumnName("ShippingFullName").HasMaxLength(ShippingAddress.MaxFieldLength);
            a.Property(x => x.Street).HasColumnName("ShippingStreet").HasMaxLength(ShippingAddress.MaxFieldLength);
            a.Property(x => x.City).HasColumnName("ShippingCity").HasMaxLength(ShippingAddress.MaxFieldLength);
            a.Property(x => x.PostalCode).HasColumnName("ShippingPostalCode").HasMaxLength(ShippingAddress.MaxFieldLength);
            a.Property(x => x.Country).HasColumnName("ShippingCountry").HasMaxLength(ShippingAddress.MaxFieldLength);
            a.Property(x => x.Phone).HasColumnName("ShippingPhone").HasMaxLength(40);
        });

        b.OwnsMany(o => o.Lines, l =>
        {
            l.ToTable("OrderLines");
            l.WithOwner().HasForeignKey("OrderId");
            l.HasKey(x => x.Id);
            l.Property(x => x.Id).HasMaxLength(32).ValueGeneratedNever();
            l.Property(x => x.ProductId).HasMaxLength(32);
            l.HasIndex(x => x.ProductId);
            l.Property(x => x.ProductName).HasMaxLength(200);
            l.Property(x => x.ProductImage).HasMaxLength(Product.MaxImageUrlLength);
            l.Ignore(x => x.Unshipped);
            l.Ignore(x => x.Refundable);
        });
        b.Navigation(o => o.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);

        b.OwnsMany(o => o.History, h =>
        {
            h.ToTable("OrderStatusHistory");
            h.WithOwner().HasForeignKey("OrderId");
            h.Property<long>("Id");
            h.HasKey("Id");
            h.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            h.Property(x => x.By).HasMaxLength(UserContext.MaxIdLength);
            h.Property(x => x.Note).HasMaxLength(OrderErrors.MaxReasonLength);
        });
        b.Navigation(o => o.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        // What happens after the sale lives in JSON columns of the order's own row: read with it, written with it under
        // its version, and nothing more for the hot paths (placing and reading an order) to join or insert. EF maps a
        // complex collection only to an IList, so each is mapped through the list field behind its read-only property.
        b.Ignore(o => o.Shipments);
        b.Ignore(o => o.Returns);
        b.Ignore(o => o.Refunds);
        b.Ignore(o => o.CreditNotes);
        b.Ignore(o => o.Edits);
        b.Ignore(o => o.Notes);
        b.ComplexCollection<List<Shipment>, Shipment>("_shipments", s =>
        {
            s.ToJson("Shipments");
            s.Property(x => x.Status).HasConversion<string>();
            s.Ignore(x => x.Lines);
            s.ComplexCollection<List<LineQuantity>, LineQuantity>("_lines").HasJsonPropertyName("Lines");
        });
        b.ComplexCollection<List<OrderReturn>, OrderReturn>("_returns", r =>
        {
            r.ToJson("Returns");
            r.Property(x => x.Status).HasConversion<string>();
            r.Ignore(x => x.IsOpen);
            r.Ignore(x => x.HasReceipts);
            r.Ignore(x => x.AllowedActions);
            r.Ignore(x => x.Lines);
            r.ComplexCollection<List<ReturnLine>, ReturnLine>("_lines", l =>
            {
                l.HasJsonPropertyName("Lines");
                l.Ignore(x => x.Received);
                l.Ignore(x => x.Outstanding);
            });
        });
        b.ComplexCollection<List<Refund>, Refund>("_refunds", f =>
        {
            f.ToJson("Refunds");
            f.Property(x => x.Status).HasConversion<string>();
            f.Ignore(x => x.Counts);
            f.Ignore(x => x.ProviderIdempotencyKey);
            f.Ignore(x => x.Lines);
            f.ComplexCollection<List<RefundLine>, RefundLine>("_lines").HasJsonPropertyName("Lines");
        });
        b.ComplexCollection<List<CreditNote>, CreditNote>("_creditNotes", c => c.ToJson("CreditNotes"));
        b.ComplexCollection<List<OrderEdit>, OrderEdit>("_edits", e =>
        {
            e.ToJson("Edits");
            e.Ignore(x => x.Changes);
            e.ComplexCollection<List<EditChange>, EditChange>("_changes").HasJsonPropertyName("Changes");
            e.ComplexProperty(x => x.Difference);
        });
        b.ComplexCollection<List<OrderNote>, OrderNote>("_notes", n =>
        {
            n.ToJson("Notes");
            n.Property(x => x.Visibility).HasConversion<string>();
            n.Property(x => x.AuthorRole).HasConversion<string>();
            n.Ignore(x => x.IsDeleted);
            n.Ignore(x => x.Revisions);
            n.ComplexCollection<List<NoteRevision>, NoteRevision>("_revisions").HasJsonPropertyName("Revisions");
        });
    }
}
