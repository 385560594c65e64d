using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orders.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Payments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every record written before reservations existed belongs to an order that was placed.
            migrationBuilder.AddColumn<bool>(
                name: "Completed",
                table: "IdempotencyRecords",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                table: "IdempotencyRecords",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "OrderNumber",
                table: "IdempotencyRecords",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "IdempotencyRecords",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "StripeIntents",
                columns: table => new
                {
                    IntentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OrderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StripeIntents", x => x.IntentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StripeIntents_CreatedAt",
                table: "StripeIntents",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StripeIntents");

            migrationBuilder.DropColumn(
                name: "Completed",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "OrderNumber",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "IdempotencyRecords");
        }
    }
}
