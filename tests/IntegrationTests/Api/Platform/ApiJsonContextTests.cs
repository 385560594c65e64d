using System.Text.Json;
using Orders.Domain.Orders;
using Orders.WebApi.Contracts.Common;
using Orders.WebApi.Contracts.Notes;
using Orders.WebApi.Contracts.Orders;
using Orders.WebApi.Http;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary>The order answers' generated writer must write what the API's JSON options write for every other
/// answer.</summary>
public class ApiJsonContextTests
{
    private static readonly JsonSerializerOptions HttpOptions = CreateHttpOptions();

    private static JsonSerializerOptions CreateHttpOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }

    [Fact]
    public void OrderResponse_IsWrittenByGeneratedCode_AsTheApiOptionsWriteIt()
    {
        var order = SampleOrder();

        var generated = JsonSerializer.Serialize(order, ApiJsonContext.Default.OrderResponse);

        ApiJsonContext.Default.OrderResponse.SerializeHandler.ShouldNotBeNull();
        generated.ShouldBe(JsonSerializer.Serialize(order, HttpOptions));
        generated.ShouldContain("\"status\":\"in_preparation\"");
        generated.ShouldContain("\"createdAt\":\"2026-11-30T09:15:00Z\"");
        generated.ShouldContain("\"at\":\"2026-11-30T10:00:00.1234567Z\"");
    }

    [Fact]
    public void PageOfOrders_IsWrittenByGeneratedCode_AsTheApiOptionsWriteIt()
    {
        var second = SampleOrder() with { Id = "second", Payment = SampleOrder().Payment with { ClientSecret = null } };
        var page = new PagedResponse<OrderResponse>([SampleOrder(), second], 2, 10, 12);

        var generated = JsonSerializer.Serialize(page, ApiJsonContext.Default.PagedResponseOrderResponse);

        ApiJsonContext.Default.PagedResponseOrderResponse.SerializeHandler.ShouldNotBeNull();
        generated.ShouldBe(JsonSerializer.Serialize(page, HttpOptions));
    }

    [Fact]
    public void OrderWithNotes_IsWrittenByGeneratedCode_AsTheApiOptionsWriteIt()
    {
        var at = new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
        var order = SampleOrder() with
        {
            Notes =
            [
                new NoteResponse("nt_1", "Fraud check passed", NoteVisibility.Internal, new NoteAuthorResponse("admin-1", NoteAuthorRole.Admin), at, null, null),
                new NoteResponse("nt_2", null, NoteVisibility.Customer, new NoteAuthorResponse("user-084", NoteAuthorRole.Customer), at, at, at.AddHours(1)),
            ],
        };

        var generated = JsonSerializer.Serialize(order, ApiJsonContext.Default.OrderResponse);

        generated.ShouldBe(JsonSerializer.Serialize(order, HttpOptions));
        generated.ShouldContain("\"visibility\":\"internal\"");
        generated.ShouldContain("\"author\":{\"id\":\"user-084\",\"role\":\"customer\"}");
        generated.ShouldContain("\"deletedAt\":\"2026-12-01T09:00:00Z\"");
    }

    private static OrderResponse SampleOrder()
    {
        var at = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);
        var inBerlin = new DateTimeOffset(2026, 11, 30, 11, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567);
        return new OrderResponse(
            "xx5k7pafzqjolccrt34zxtdp", "2026-11-0042", "user-084", OrderStatus.InPreparation,
            [new OrderLineResponse("l1", "p1", "Lampe « Müller » <b>", null, 29.99m, 2, 59.98m)],
            59.98m, "WELCOME10", 6.00m, 10.80m, 0m, 64.78m, "EUR",
            new ShippingAddressResponse("Zoë Ünal", "1 Main St", "Springfield", "12345", "US", null),
            ShippingMethod.Overnight, "DHL", "TRK-1",
            new PaymentResponse(PaymentMethod.CashOnDelivery, PaymentStatus.RequiresPayment, "stripe", "pi_1", "pi_1_secret_x", null, null, null),
            [
                new StatusChangeResponse(null, OrderStatus.Pending, at, "user-084", null),
                new StatusChangeResponse(OrderStatus.Pending, OrderStatus.InPreparation, inBerlin, "admin", "packing"),
            ],
            at, inBerlin, null, null, null, null, null, new DateOnly(2026, 12, 3), false, null, 2);
    }
}
