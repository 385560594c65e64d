using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Orders.Infrastructure.Persistence.Migrations;

/// <summary>The transactional outbox, webhook subscriptions and their delivery log, and invoice numbers on orders.</summary>
[DbContext(typeof(OrdersDbContext))]
[Migration("20261123010000_Notifications")]
public sealed class Notifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("InvoiceNumber", "Orders", maxLength: 20, nullable: true);
        migrationBuilder.AddColumn<DateTime>("InvoicedAt", "Orders", nullable: true);
        migrationBuilder.CreateIndex("IX_Orders_InvoiceNumber", "Orders", "InvoiceNumber", unique: true);

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                Kind = table.Column<string>(maxLength: 20, nullable: false),
                EventId = table.Column<string>(maxLength: 40, nullable: false),
                EventType = table.Column<string>(maxLength: 50, nullable: false),
                OrderId = table.Column<string>(maxLength: 32, nullable: true),
                Target = table.Column<string>(maxLength: 320, nullable: true),
                Payload = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 10, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
                LockedBy = table.Column<string>(maxLength: 200, nullable: true),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", x => x.Id));
        migrationBuilder.CreateIndex("IX_OutboxMessages_OrderId", "OutboxMessages", "OrderId");
        migrationBuilder.CreateIndex("IX_OutboxMessages_Status_NextAttemptAt", "OutboxMessages", ["Status", "NextAttemptAt"]);

        migrationBuilder.CreateTable(
            name: "WebhookSubscriptions",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                Url = table.Column<string>(maxLength: 2000, nullable: false),
                Events = table.Column<string>(nullable: false),
                Secret = table.Column<string>(maxLength: 100, nullable: false),
                Active = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebhookSubscriptions", x => x.Id));

        migrationBuilder.CreateTable(
            name: "WebhookDeliveries",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                SubscriptionId = table.Column<string>(maxLength: 32, nullable: false),
                OutboxMessageId = table.Column<string>(maxLength: 32, nullable: false),
                EventId = table.Column<string>(maxLength: 40, nullable: false),
                EventType = table.Column<string>(maxLength: 50, nullable: false),
                Attempt = table.Column<int>(nullable: false),
                StatusCode = table.Column<int>(nullable: true),
                DurationMs = table.Column<int>(nullable: false),
                Error = table.Column<string>(maxLength: 2000, nullable: true),
                AttemptedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebhookDeliveries", x => x.Id));
        migrationBuilder.CreateIndex("IX_WebhookDeliveries_SubscriptionId_AttemptedAt", "WebhookDeliveries", ["SubscriptionId", "AttemptedAt"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("WebhookDeliveries");
        migrationBuilder.DropTable("WebhookSubscriptions");
        migrationBuilder.DropTable("OutboxMessages");
        migrationBuilder.DropIndex("IX_Orders_InvoiceNumber", "Orders");
        migrationBuilder.DropColumn("InvoicedAt", "Orders");
        migrationBuilder.DropColumn("InvoiceNumber", "Orders");
    }
}
