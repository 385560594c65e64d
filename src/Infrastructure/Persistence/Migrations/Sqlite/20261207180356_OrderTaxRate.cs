using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orders.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderTaxRate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "TaxRatePercent",
                table: "Orders",
                type: "TEXT",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            // Orders placed before this migration get the rate their stored amounts were taxed at: the simplest rate (whole,
            // then one, then two decimals, as Shop:TaxRatePercent allows) that gives back their tax when applied to their
            // discounted subtotal, rounded half away from zero as Money.Percent does; whole-number arithmetic decides, so no
            // floating-point half case picks the wrong one. The configured rate of the day is not in the database, and
            // today's may differ, so it is not used. An order with nothing taxable (fully discounted) paid no tax whatever the
            // rate, and keeps 0. Invoices already issued are frozen and do not change.
            // Decimals are TEXT in SQLite, as EF writes them (8.25 -> '8.25').
            migrationBuilder.Sql("""
                UPDATE "Orders" SET "TaxRatePercent" = CAST((CASE
                    WHEN (2 * o.t - 1) * 10000 <= 2 * o.b * ROUND(o.r) * 100 AND 2 * o.b * ROUND(o.r) * 100 < (2 * o.t + 1) * 10000 THEN ROUND(o.r) * 100
                    WHEN (2 * o.t - 1) * 10000 <= 2 * o.b * ROUND(o.r * 10) * 10 AND 2 * o.b * ROUND(o.r * 10) * 10 < (2 * o.t + 1) * 10000 THEN ROUND(o.r * 10) * 10
                    ELSE ROUND(o.r * 100) END) / 100.0 AS TEXT)
                FROM (SELECT "Id" AS id, "Tax" AS t, "Subtotal" - "DiscountAmount" AS b, "Tax" * 100.0 / ("Subtotal" - "DiscountAmount") AS r
                      FROM "Orders" WHERE "Subtotal" - "DiscountAmount" > 0) AS o
                WHERE "Orders"."Id" = o.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TaxRatePercent",
                table: "Orders");
        }
    }
}
