using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orders.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoredViewVersionAndFormat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_WithoutView",
                table: "Orders");

            migrationBuilder.AddColumn<int>(
                name: "ViewFormat",
                table: "Orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ViewVersion",
                table: "Orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_StaleView",
                table: "Orders",
                column: "Id",
                filter: "\"View\" IS NULL OR \"ViewFormat\" < 1 OR \"ViewVersion\" <> \"Version\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_StaleView",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ViewFormat",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ViewVersion",
                table: "Orders");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_WithoutView",
                table: "Orders",
                column: "Id",
                filter: "\"View\" IS NULL");
        }
    }
}
