using Mapster;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.CreditNotes;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.CreateRefund;

/// <summary>Refunds part of a paid order. The key is taken first (<see cref="RefundKeys"/>), in a unit of work of its own;
/// then the refund is created by the order under its version, with its credit note numbered and the key marked done in
/// the same save, so every cap is checked where it is written. Two refunds racing on one order: the second to save loses
/// and runs again on fresh data, where the caps answer it. The provider is asked from the outbox after the commit.</summary>
public sealed class CreateRefundHandler(
    OrderAccess access, RefundKeys keys, CreditNoteNumbering creditNotes, IUnitOfWork uow, ShopOptions shop, TimeProvider clock,
    TypeAdapterConfig mapping)
{
    public async Task<Result<RefundAnswer>> HandleAsync(CreateRefundCommand cmd, CancellationToken ct)
    {
        if (!cmd.User.IsAdmin) return RefundErrors.AdminOnly.Failed();
        var draft = cmd.ToDraft(shop.Currency);
        if (!draft.IsSuccess) return draft.Failed();

        // The key's scope is the order's id, whether the route named it by id or by number.
        var order = await access.LoadVisibleAsync(cmd.Order, cmd.User, ct);
        if (!order.IsSuccess) return order.Failed();
        var claim = await keys.ClaimAsync(order.Value.Id, cmd.IdempotencyKey!, CreateRefundCommand.RequestHash(order.Value.Id, draft.Value), ct);
        if (!claim.IsSuccess) return claim.Failed();
        if (claim.Value.Replay is { } replay) return replay;

        var held = claim.Value.Held!;
        var created = await ConflictRetry.RunAsync(() => CreateAsync(cmd, draft.Value, held, ct));
        if (!created.IsSuccess) await keys.ReleaseAsync(held, ct);
        return created;
    }

    private async Task<Result<RefundAnswer>> CreateAsync(CreateRefundCommand cmd, RefundDraft draft, IdempotencyRecord held, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();
        var key = await keys.StillHeldAsync(held, ct);
        if (!key.IsSuccess) return key.Failed();

        var refund = order.Value.CreateRefund(cmd.User.AsActor(), draft, clock.GetUtcNow());
        if (!refund.IsSuccess) return refund.Failed();
        creditNotes.IssueOnSave(order.Value);
        key.Value.Complete(refund.Value.Id);

        var saved = await uow.SaveChangesAsync(ct);
        // Read after the save: the credit note's number is taken inside it.
        return saved.IsSuccess ? new RefundAnswer(order.Value.Id, order.Value.Version, refund.Value.Adapt<RefundDto>(mapping)) : saved.Failed();
    }
}
