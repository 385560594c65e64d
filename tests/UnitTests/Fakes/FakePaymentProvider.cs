using Orders.Application.Payments;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Fakes;

/// <summary>Hands out predictable intents and records refunds.</summary>
public sealed class FakePaymentProvider : IPaymentProvider
{
    private readonly List<string> _refunded = [];

    public string Name => "fake";

    public IReadOnlyList<string> RefundedOrderIds => _refunded;

    public Task<PaymentIntent> CreateIntentAsync(Order order, CancellationToken ct) =>
        Task.FromResult(new PaymentIntent($"pi_{order.Id}", $"pi_{order.Id}_secret"));

    public Task<string> RefundAsync(Order order, CancellationToken ct)
    {
        _refunded.Add(order.Id);
        return Task.FromResult($"re_{order.Id}");
    }
}
