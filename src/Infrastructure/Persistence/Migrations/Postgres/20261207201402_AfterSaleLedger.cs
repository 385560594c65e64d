using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orders.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AfterSaleLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_StaleView",
                table: "Orders");

            migrationBuilder.AddColumn<long>(
                name: "AmountPaid",
                table: "Orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "CreditNotes",
                table: "Orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Refunds",
                table: "Orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Returns",
                table: "Orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Shipments",
                table: "Orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "Canceled",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Delivered",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Refunded",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Returned",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Shipped",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Orders placed by an older build get the ledger their status implies: every unit of an ended order canceled,
            // every unit of a shipped or delivered order shipped (and delivered). What they were paid counts only while
            // no refund was taken: an order refunded as a whole by an older build has nothing left to refund.
            migrationBuilder.Sql("""
                UPDATE "OrderLines" SET "Canceled" = "Quantity"
                WHERE "OrderId" IN (SELECT "Id" FROM "Orders" WHERE "Status" IN ('Canceled', 'Rejected'));
                UPDATE "OrderLines" SET "Shipped" = "Quantity"
                WHERE "OrderId" IN (SELECT "Id" FROM "Orders" WHERE "Status" IN ('Shipped', 'Delivered') AND "ShippingMethod" <> 'Pickup');
                UPDATE "OrderLines" SET "Delivered" = "Quantity"
                WHERE "OrderId" IN (SELECT "Id" FROM "Orders" WHERE "Status" = 'Delivered');
                UPDATE "Orders" SET "AmountPaid" = "Total" WHERE "PaymentStatus" = 'Succeeded';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_StaleView",
                table: "Orders",
                column: "Id",
                filter: "\"View\" IS NULL OR \"ViewFormat\" < 2 OR \"ViewVersion\" <> \"Version\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_StaleView",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "AmountPaid",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "CreditNotes",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Refunds",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Returns",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Shipments",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Canceled",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "Delivered",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "Refunded",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "Returned",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "Shipped",
                table: "OrderLines");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_StaleView",
                table: "Orders",
                column: "Id",
                filter: "\"View\" IS NULL OR \"ViewFormat\" < 1 OR \"ViewVersion\" <> \"Version\"");
        }
    }
}
