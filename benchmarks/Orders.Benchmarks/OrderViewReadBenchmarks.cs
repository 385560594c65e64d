using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Orders.Application.Orders;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence.Views;

namespace Orders.Benchmarks;

/// <summary>Reading one stored order view: as a string through the generated reader (how views were read before) against
/// <see cref="OrderViewJson.Read"/> (the stored UTF-8, the reflection-based reader).</summary>
[MemoryDiagnoser]
public class OrderViewReadBenchmarks
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 9, 15, 0, TimeSpan.Zero);
    private string _text = "";
    private byte[] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = OrderViewJson.Write(new OrderDto
        {
            Id = "xx5k7pafzqjolccrt34zxtdp", OrderNumber = "ORD-2026-11-000123", UserId = "user-084", Status = OrderStatus.Pending,
            Items =
            [
                new OrderLineDto { Id = "l1", ProductId = "p1", ProductName = "Desk lamp", UnitPrice = 2_999, Quantity = 2, LineTotal = 5_998 },
                new OrderLineDto { Id = "l2", ProductId = "p2", ProductName = "Oak chair", UnitPrice = 12_500, Quantity = 1, LineTotal = 12_500 },
            ],
            Subtotal = 18_498, Tax = 3_700, ShippingCost = 500, Total = 22_698, Currency = "EUR",
            ShippingAddress = new ShippingAddressDto { FullName = "Load Test", Street = "1 Main St", City = "Springfield", PostalCode = "12345", Country = "US" },
            Payment = new PaymentDto { Method = PaymentMethod.Card, Status = PaymentStatus.RequiresPayment, Provider = "manual" },
            StatusHistory = [new StatusChangeDto { To = OrderStatus.Pending, At = At, By = "user-084" }],
            CreatedAt = At, UpdatedAt = At, Version = 1,
        });
        _utf8 = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Baseline = true)]
    public OrderDto GeneratedFromString() => JsonSerializer.Deserialize(_text, OrderViewJson.Default.OrderDto)!;

    [Benchmark]
    public OrderDto Stored() => OrderViewJson.Read(_utf8);
}
