using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Payments;

/// <summary>The default provider: no network. Intents and refunds are rows in our own database, written in the
/// caller's transaction; the shop confirms payments by posting signed events to the payment webhook.</summary>
internal sealed class ManualPaymentProvider(OrdersDbContext db, IIdGenerator ids, TimeProvider clock) : IPaymentProvider
{
    public string Name => "manual";

    public Task<PaymentIntent> CreateIntentAsync(Order order, CancellationToken ct)
    {
        var intentId = $"pi_{ids.NewId()}";
        db.ManualPayments.Add(new ManualPayment(intentId, order.Id, order.Total, order.Currency, clock.GetUtcNow()));
        var secret = $"{intentId}_secret_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        return Task.FromResult(new PaymentIntent(intentId, secret));
    }

    public async Task<string> RefundAsync(Order order, CancellationToken ct)
    {
        var payment = await db.ManualPayments.FirstOrDefaultAsync(p => p.IntentId == order.PaymentIntentId, ct)
            ?? throw new InvalidOperationException($"Order {order.Id} has no manual payment to refund.");
        var refundId = payment.RefundId ?? $"re_{ids.NewId()}";
        payment.Refund(refundId, clock.GetUtcNow());
        return refundId;
    }
}
