using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orders.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EditsAndNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_StaleView",
                table: "Orders");

            migrationBuilder.AddColumn<long>(
                name: "DiscountAmountOff",
                table: "Orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "DiscountPercentOff",
                table: "Orders",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Edits",
                table: "Orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "Orders",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            // Orders placed before this build keep the terms their code has now, or, with the code gone, the amount they
            // got as a fixed one: what an edit reprices them by.
            migrationBuilder.Sql("""
                UPDATE "Orders" SET
                    "DiscountPercentOff" = (SELECT d."PercentOff" FROM "Discounts" d WHERE d."Code" = "Orders"."DiscountCode"),
                    "DiscountAmountOff" = (SELECT d."AmountOff" FROM "Discounts" d WHERE d."Code" = "Orders"."DiscountCode")
                WHERE "DiscountCode" IS NOT NULL;
                UPDATE "Orders" SET "DiscountAmountOff" = "DiscountAmount"
                WHERE "DiscountCode" IS NOT NULL AND "DiscountPercentOff" IS NULL AND "DiscountAmountOff" IS NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_StaleView",
                table: "Orders",
                column: "Id",
                filter: "\"View\" IS NULL OR \"ViewFormat\" < 3 OR \"ViewVersion\" <> \"Version\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_StaleView",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "DiscountAmountOff",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "DiscountPercentOff",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Edits",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_StaleView",
                table: "Orders",
                column: "Id",
                filter: "\"View\" IS NULL OR \"ViewFormat\" < 2 OR \"ViewVersion\" <> \"Version\"");
        }
    }
}
