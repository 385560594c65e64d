using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orders.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderViewsAndSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Orders",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "View",
                table: "Orders",
                type: "text",
                nullable: true);

            // Orders placed before: their number and product names, folded as Order.Place folds them (on SQLite the
            // connection's lower() is the Unicode one, see SqliteUnicodeLower).
            migrationBuilder.Sql("""
                UPDATE "Orders" SET "SearchText" = lower("OrderNumber" || coalesce(' ' ||
                    (SELECT string_agg("ProductName", ' ') FROM "OrderLines" WHERE "OrderLines"."OrderId" = "Orders"."Id"), ''))
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "View",
                table: "Orders");
        }
    }
}
