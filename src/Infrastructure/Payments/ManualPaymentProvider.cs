using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Payments;

/// <summary>The default provider: no network. An intent is a row added to the current unit of work, so it is saved
/// with the order's transaction or not at all; a refund is confirmed at once and noted on that row, saved with the
/// step that records it on the order; an intent is canceled with its order. The shop confirms payments by posting signed events to the payment webhook.</summary>
internal sealed class ManualPaymentProvider(OrdersDbContext db, IIdGenerator ids, TimeProvider clock) : IPaymentProvider
{
    public string Name => PaymentOptions.Manual;

    public bool CallsOut => false;

    public Task<Result<PaymentIntent>> CreateIntentAsync(PaymentIntentRequest request, CancellationToken ct)
    {
        var intentId = $"pi_{ids.NewId()}";
        db.ManualPayments.Add(new ManualPayment(intentId, request.OrderId, request.Amount, request.Currency, clock.GetUtcNow()));
        var secret = $"{intentId}_secret_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        return Task.FromResult(Result.Success(new PaymentIntent(intentId, secret)));
    }

    /// <summary>The intent's row takes the new amount in the current unit of work, so it changes with the order's save or
    /// not at all (no call goes out, nothing is to be put back). An intent this provider never issued is refused.</summary>
    public async Task<Result> UpdateIntentAmountAsync(IntentAmountRequest request, CancellationToken ct)
    {
        var payment = await db.ManualPayments.FirstOrDefaultAsync(p => p.IntentId == request.IntentId, ct);
        if (payment is null) return PaymentErrors.Refused(Name, $"order {request.OrderId} has no manual payment {request.IntentId}");
        payment.ChangeAmount(request.Amount);
        return Result.Success();
    }

    /// <summary>Succeeds at once. Its id follows from the attempt's key, so the outbox sending it again after a crash gets
    /// the same refund, and a payment may have any number of partial refunds (the order keeps them and their caps); the
    /// payment's row notes the latest. A message queued by an older build refunds the whole payment, once.</summary>
    public async Task<Result<RefundOutcome>> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        var payment = await db.ManualPayments.FirstOrDefaultAsync(p => p.IntentId == request.IntentId, ct);
        if (payment is null) return PaymentErrors.Refused(Name, $"order {request.OrderId} has no manual payment {request.IntentId}");
        var refundId = request.IdempotencyKey is { } key ? $"re_{key}" : payment.RefundId ?? $"re_{ids.NewId()}";
        payment.Refund(refundId, clock.GetUtcNow());
        return new RefundOutcome(refundId, ProviderRefundStatus.Succeeded);
    }

    /// <summary>The manual intent has nothing open outside this service: what refuses a later payment is the order
    /// itself, which has ended (a payment event for it is recorded as late and refunded at once). The row is only checked
    /// to exist, so an intent this provider never issued is refused like a refund of it.</summary>
    public async Task<Result> CancelIntentAsync(IntentCancelRequest request, CancellationToken ct)
    {
        var known = await db.ManualPayments.AnyAsync(p => p.IntentId == request.IntentId, ct);
        return known ? Result.Success() : PaymentErrors.Refused(Name, $"order {request.OrderId} has no manual payment {request.IntentId}");
    }
}
