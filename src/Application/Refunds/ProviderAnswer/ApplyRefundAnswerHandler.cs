using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.ProviderAnswer;

/// <summary>Records on the order what the provider answered to a refund the outbox asked for: succeeded confirms it,
/// pending keeps the provider's id until its event settles it, failed fails it (its units and amount are refundable
/// again). The verbs change a refund once, so the outbox may run this again after a crash; an answer to an earlier attempt
/// of a refund retried since (another key) is stale and changes nothing.</summary>
public sealed class ApplyRefundAnswerHandler(IOrderRepository orders, IUnitOfWork uow, TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(ApplyRefundAnswerCommand cmd, CancellationToken ct)
    {
        var order = await orders.FindAsync(new OrderRef(cmd.OrderId), ct);
        if (order is null) return OrderErrors.NotFound(new OrderRef(cmd.OrderId));
        var refund = order.Refunds.FirstOrDefault(r => r.Id == cmd.RefundId);
        if (refund is null) return RefundErrors.NotFound(cmd.RefundId);
        if (refund.ProviderIdempotencyKey != cmd.IdempotencyKey || refund.Status != RefundStatus.Pending) return "ignored";

        var now = clock.GetUtcNow();
        var outcome = cmd.Outcome;
        var applied = outcome.Status switch
        {
            ProviderRefundStatus.Succeeded => order.ConfirmRefund(refund.Id, outcome.RefundId, now),
            ProviderRefundStatus.Failed => order.FailRefund(refund.Id, outcome.FailureReason ?? "The provider refused the refund.", now),
            _ when outcome.RefundId is { } providerId => order.RecordProviderRefund(refund.Id, providerId, now),
            _ => Result.Success(),
        };
        if (!applied.IsSuccess) return applied.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? "applied" : saved.Failed();
    }
}
