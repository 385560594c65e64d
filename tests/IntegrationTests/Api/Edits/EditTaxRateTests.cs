using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>An edit reprices with the tax rate the order was placed with, whatever the shop's rate is by then.</summary>
public sealed class EditTaxRateTests
{
    [Fact]
    public async Task PostEdit_AfterTheShopsTaxRateChangedAndARestart_KeepsTheOrdersOwnRate()
    {
        var directory = Directory.CreateTempSubdirectory("orders-edit-tax-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "orders.db")};Pooling=false";
        try
        {
            string orderId, product;
            using (var before = OnDatabase(connectionString, "8"))
            {
                var admin = before.Admin();
                product = await admin.CreateProductAsync("Taxed kettle", 100m, 10);
                var placed = await before.ClientFor("edit-tax").PlaceOrderOkAsync((product, 1));
                placed["tax"].Dec().ShouldBe(8m);
                orderId = placed.Id();
            }

            using var after = OnDatabase(connectionString, "21");
            var again = after.Admin();
            var order = await again.GetOrderAsync(orderId);
            var fresh = await again.CreateProductAsync("Taxed today", 100m, 10);
            (await after.ClientFor("edit-tax-today").PlaceOrderOkAsync((fresh, 1)))["tax"].Dec().ShouldBe(21m, "the shop's rate now");

            var answer = await again.EditOkAsync(order, EditsApi.Body(EditsApi.Line(order.LineOf(product), 2)));

            var edited = answer["order"]!;
            (edited["subtotal"].Dec(), edited["tax"].Dec(), edited["total"].Dec()).ShouldBe((200m, 16m, 216m));
            answer["difference"]!["tax"].Dec().ShouldBe(8m);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static OrdersApiFactory OnDatabase(string connectionString, string taxRate) => OrdersApiFactory.Create(
        ApiHostOptions.Default.With("ConnectionStrings:Orders", connectionString).With("Shop:TaxRatePercent", taxRate));
}
