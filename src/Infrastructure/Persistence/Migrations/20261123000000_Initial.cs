using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Orders.Infrastructure.Persistence.Migrations;

/// <summary>Written by hand with provider-neutral column types: each engine maps the CLR types itself (string with a
/// length → TEXT on SQLite, varchar(n) on PostgreSQL; DateTime → TEXT / timestamptz). SchemaMatchesModelTests proves
/// the result equals what the model would create.</summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261123000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Discounts",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 40, nullable: false),
                PercentOff = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                AmountOff = table.Column<long>(nullable: true),
                ValidFrom = table.Column<DateTime>(nullable: true),
                ValidTo = table.Column<DateTime>(nullable: true),
                MaxRedemptions = table.Column<int>(nullable: true),
                Redemptions = table.Column<int>(nullable: false),
                Active = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Discounts", x => x.Code);
                table.CheckConstraint("CK_Discounts_Redemptions", "\"Redemptions\" >= 0");
            });

        migrationBuilder.CreateTable(
            name: "IdempotencyRecords",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 200, nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                RequestHash = table.Column<string>(maxLength: 64, nullable: false),
                OrderId = table.Column<string>(maxLength: 32, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_IdempotencyRecords", x => new { x.UserId, x.Key }));

        migrationBuilder.CreateTable(
            name: "NumberSequences",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Value = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_NumberSequences", x => x.Name));

        migrationBuilder.CreateTable(
            name: "Orders",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                OrderNumber = table.Column<string>(maxLength: 20, nullable: false),
                UserId = table.Column<string>(maxLength: 200, nullable: false),
                CustomerEmail = table.Column<string>(maxLength: 320, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                ShippingMethod = table.Column<string>(maxLength: 20, nullable: false),
                PaymentMethod = table.Column<string>(maxLength: 20, nullable: false),
                PaymentStatus = table.Column<string>(maxLength: 20, nullable: false),
                PaymentProvider = table.Column<string>(maxLength: 40, nullable: true),
                PaymentIntentId = table.Column<string>(maxLength: 100, nullable: true),
                PaymentClientSecret = table.Column<string>(maxLength: 200, nullable: true),
                TransactionId = table.Column<string>(maxLength: 200, nullable: true),
                PaymentFailureReason = table.Column<string>(maxLength: 500, nullable: true),
                RefundId = table.Column<string>(maxLength: 200, nullable: true),
                ReviewRating = table.Column<int>(nullable: true),
                ReviewComment = table.Column<string>(maxLength: 2000, nullable: true),
                ReviewedAt = table.Column<DateTime>(nullable: true),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                Subtotal = table.Column<long>(nullable: false),
                DiscountCode = table.Column<string>(maxLength: 40, nullable: true),
                DiscountAmount = table.Column<long>(nullable: false),
                Tax = table.Column<long>(nullable: false),
                ShippingCost = table.Column<long>(nullable: false),
                Total = table.Column<long>(nullable: false),
                ShippingCarrier = table.Column<string>(maxLength: 100, nullable: true),
                TrackingNumber = table.Column<string>(maxLength: 100, nullable: true),
                EstimatedDeliveryDate = table.Column<DateOnly>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                PaidAt = table.Column<DateTime>(nullable: true),
                ShippedAt = table.Column<DateTime>(nullable: true),
                DeliveredAt = table.Column<DateTime>(nullable: true),
                CanceledAt = table.Column<DateTime>(nullable: true),
                CancelReason = table.Column<string>(maxLength: 500, nullable: true),
                Version = table.Column<int>(nullable: false),
                ShippingCity = table.Column<string>(maxLength: 200, nullable: false),
                ShippingCountry = table.Column<string>(maxLength: 200, nullable: false),
                ShippingFullName = table.Column<string>(maxLength: 200, nullable: false),
                ShippingPhone = table.Column<string>(maxLength: 40, nullable: true),
                ShippingPostalCode = table.Column<string>(maxLength: 200, nullable: false),
                ShippingStreet = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Orders", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ManualPayments",
            columns: table => new
            {
                IntentId = table.Column<string>(maxLength: 100, nullable: false),
                OrderId = table.Column<string>(maxLength: 32, nullable: false),
                Amount = table.Column<long>(nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                RefundId = table.Column<string>(maxLength: 200, nullable: true),
                RefundedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ManualPayments", x => x.IntentId));

        migrationBuilder.CreateTable(
            name: "ProcessedPaymentEvents",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 200, nullable: false),
                Type = table.Column<string>(maxLength: 50, nullable: false),
                IntentId = table.Column<string>(maxLength: 100, nullable: false),
                ReceivedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ProcessedPaymentEvents", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Products",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 4000, nullable: true),
                Price = table.Column<long>(nullable: false),
                Stock = table.Column<int>(nullable: false),
                Images = table.Column<string>(nullable: false),
                Active = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Products", x => x.Id);
                table.CheckConstraint("CK_Products_Stock", "\"Stock\" >= 0");
            });

        migrationBuilder.CreateTable(
            name: "OrderLines",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                ProductId = table.Column<string>(maxLength: 32, nullable: false),
                ProductName = table.Column<string>(maxLength: 200, nullable: false),
                UnitPrice = table.Column<long>(nullable: false),
                Quantity = table.Column<int>(nullable: false),
                LineTotal = table.Column<long>(nullable: false),
                OrderId = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderLines", x => x.Id);
                table.ForeignKey("FK_OrderLines_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "OrderStatusHistory",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                From = table.Column<string>(maxLength: 20, nullable: true),
                To = table.Column<string>(maxLength: 20, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                By = table.Column<string>(maxLength: 200, nullable: false),
                Note = table.Column<string>(maxLength: 500, nullable: true),
                OrderId = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderStatusHistory", x => x.Id);
                table.ForeignKey("FK_OrderStatusHistory_Orders_OrderId", x => x.OrderId, "Orders", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_IdempotencyRecords_CreatedAt", "IdempotencyRecords", "CreatedAt");
        migrationBuilder.CreateIndex("IX_ManualPayments_OrderId", "ManualPayments", "OrderId");
        migrationBuilder.CreateIndex("IX_OrderLines_OrderId", "OrderLines", "OrderId");
        migrationBuilder.CreateIndex("IX_OrderLines_ProductId", "OrderLines", "ProductId");
        migrationBuilder.CreateIndex("IX_Orders_CreatedAt", "Orders", "CreatedAt");
        migrationBuilder.CreateIndex("IX_Orders_OrderNumber", "Orders", "OrderNumber", unique: true);
        migrationBuilder.CreateIndex("IX_Orders_PaymentIntentId", "Orders", "PaymentIntentId", unique: true);
        migrationBuilder.CreateIndex("IX_Orders_UserId_CreatedAt", "Orders", ["UserId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_OrderStatusHistory_OrderId", "OrderStatusHistory", "OrderId");
        migrationBuilder.CreateIndex("IX_Products_Name", "Products", "Name");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "OrderStatusHistory", "OrderLines", "Products", "ProcessedPaymentEvents", "ManualPayments", "Orders", "NumberSequences", "IdempotencyRecords", "Discounts" })
            migrationBuilder.DropTable(table);
    }
}
