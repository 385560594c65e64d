using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orders.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IssuedCreditNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<byte[]>(
                name: "Document",
                table: "IssuedInvoices",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AddColumn<string>(
                name: "Data",
                table: "IssuedInvoices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IssuedCreditNotes",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OrderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RefundId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    Document = table.Column<byte[]>(type: "BLOB", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedCreditNotes", x => x.Number);
                    table.ForeignKey(
                        name: "FK_IssuedCreditNotes_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCreditNotes_OrderId",
                table: "IssuedCreditNotes",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_IssuedCreditNotes_RefundId",
                table: "IssuedCreditNotes",
                column: "RefundId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedCreditNotes");

            migrationBuilder.DropColumn(
                name: "Data",
                table: "IssuedInvoices");

            migrationBuilder.AlterColumn<byte[]>(
                name: "Document",
                table: "IssuedInvoices",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);
        }
    }
}
