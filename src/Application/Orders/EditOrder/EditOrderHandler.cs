using Mapster;
using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Application.Invoices;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Products;

namespace Orders.Application.Orders.EditOrder;

/// <summary>Edits an order's lines in one save: the order under its If-Match version, the stock taken and given back
/// (queued, in product-id order as placement does, so PostgreSQL never deadlocks), the refund of a paid order's
/// difference with its credit note. An unpaid order's intent follows the new total before that save, as on placement; if
/// the save then fails, the intent is put back (best effort: the provider logs a failure). A dry run answers the same
/// order and difference from the loaded copy, checks the stock by reading it, and discards everything.</summary>
public sealed class EditOrderHandler(
    OrderAccess access, IProductRepository products, IStockReservations stock, IPaymentProvider payments, CreditNoteNumbering creditNotes,
    InvoiceDocument invoices, IIdGenerator ids, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<EditOrderAnswer>> HandleAsync(EditOrderCommand cmd, CancellationToken ct)
    {
        // Runs again only when no provider was asked: an intent moved and put back is not moved again under a rerun.
        for (var run = 1; ; run++)
        {
            var (result, movedIntent) = await EditAsync(cmd, ct);
            if (result.IsSuccess || movedIntent || run == ConflictRetry.MaxRuns || result.Code() != UnitOfWorkErrors.ConflictCode) return result;
        }
    }

    private async Task<(Result<EditOrderAnswer> Result, bool MovedIntent)> EditAsync(EditOrderCommand cmd, CancellationToken ct)
    {
        var loaded = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!loaded.IsSuccess) return (loaded.Failed(), false);
        if (!cmd.User.IsAdmin) return (EditErrors.AdminOnly.Failed(), false);
        // A stale version is refused, never retried on fresh data: an edit is made against the order the admin saw.
        if (cmd.ExpectedVersion is null) return (RequestErrors.IfMatchRequired.Failed(), false);
        var shape = cmd.Check();
        if (!shape.IsSuccess) return (shape.Failed(), false);

        var order = loaded.Value;
        var added = await PriceAdditionsAsync(cmd.Additions(), ct);
        if (!added.IsSuccess) return (added.Failed(), false);

        var storedVersion = order.Version;
        var total = order.Total;
        var awaitedPayment = order.PaymentStatus is PaymentStatus.RequiresPayment or PaymentStatus.Failed;
        // Taken before the edit: if its refund issues the invoice, the invoice shows what the customer paid for.
        var invoiceAsPaid = order.InvoiceNumber is null && !awaitedPayment ? invoices.Content(order) : null;
        var draft = new EditDraft(cmd.LineChanges(), added.Value, cmd.Reason, cmd.NotifyCustomer ?? true);
        var edited = order.Edit(cmd.User.AsActor(), draft, clock.GetUtcNow());
        if (!edited.IsSuccess)
        {
            uow.Discard();
            return (edited.Failed(), false);
        }

        var difference = edited.Value.Edit.Difference.Adapt<EditDifferenceDto>(mapping);
        if (cmd.DryRun) return (await PreviewAsync(order, edited.Value, difference, storedVersion, cmd.User, ct), false);

        IntentAmountRequest? moved = null;
        if (awaitedPayment && order.Total != total && order.PaymentIntentId is { } intentId)
        {
            if (order.PaymentProvider != payments.Name)
            {
                uow.Discard();
                return (EditRequestErrors.ProviderChanged(order.PaymentProvider, payments.Name).Failed(), false);
            }

            // A key of this attempt's own: one that was put back must not be replayed as done by a later attempt.
            var key = $"edit-{order.Id}-v{storedVersion}-{ids.NewId()}";
            var request = new IntentAmountRequest(order.Id, order.OrderNumber, intentId, order.Total, order.Currency, key);
            var updated = await payments.UpdateIntentAmountAsync(request, ct);
            if (!updated.IsSuccess)
            {
                uow.Discard();
                return (updated.Failed(), false);
            }

            moved = request;
        }

        foreach (var move in edited.Value.Stock.OrderBy(m => m.ProductId, StringComparer.Ordinal))
        {
            if (move.Units > 0) stock.Reserve(move.ProductId, move.ProductName, move.Units);
            else if (move.Units < 0) stock.Release(move.ProductId, -move.Units);
        }

        creditNotes.IssueOnSave(order, invoiceAsPaid);
        var saved = await uow.SaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            if (moved is not null && payments.CallsOut) await PutBackAsync(cmd, moved, total, ct);
            return (saved.Failed(), moved is not null && payments.CallsOut);
        }

        // Read after the save: the credit note's number is taken inside it.
        var refund = edited.Value.Refund?.Adapt<RefundDto>(mapping);
        return (new EditOrderAnswer(order.ForOwnerView(cmd.User, mapping), difference, refund, order.Version, DryRun: false), moved is not null);
    }

    /// <summary>Puts a moved intent back to what the stored order asks for now, read again after the failed save (which
    /// dropped this attempt's changes). Not to the total this attempt loaded: the save usually failed because a racing edit
    /// committed first, and that edit moved the intent to its own total before committing; putting back the old total
    /// would leave the customer charged for an edit that never happened.</summary>
    private async Task PutBackAsync(EditOrderCommand cmd, IntentAmountRequest moved, long loadedTotal, CancellationToken ct)
    {
        var stored = await access.LoadVisibleAsync(cmd.Order, cmd.User, ct);
        var amount = stored.IsSuccess ? stored.Value.Total : loadedTotal;
        uow.Discard();
        await payments.UpdateIntentAmountAsync(moved with { Amount = amount, IdempotencyKey = $"{moved.IdempotencyKey}-undo" }, ct);
    }

    /// <summary>The new products at today's catalog price; an inactive or unknown one is 404, as on placement.</summary>
    private async Task<Result<IReadOnlyList<OrderLineDraft>>> PriceAdditionsAsync(IReadOnlyList<(string ProductId, int Quantity)> additions, CancellationToken ct)
    {
        if (additions.Count == 0) return Result.Success<IReadOnlyList<OrderLineDraft>>([]);
        var catalog = (await products.FindManyAsync([.. additions.Select(a => a.ProductId).Distinct()], ct)).ToDictionary(p => p.Id);
        var lines = new List<OrderLineDraft>(additions.Count);
        foreach (var (productId, quantity) in additions)
        {
            if (!catalog.TryGetValue(productId, out var product) || !product.Active) return ProductErrors.NotFound(productId);
            lines.Add(new OrderLineDraft(ids.NewId(), product.Id, product.Name, product.Images.FirstOrDefault(), product.Price, quantity));
        }

        return lines;
    }

    /// <summary>The answer of a dry run: the stock the edit would take is read (not reserved), and the edited copy is
    /// dropped from the unit of work so nothing of it can be saved.</summary>
    private async Task<Result<EditOrderAnswer>> PreviewAsync(
        Order order, OrderEditResult edited, EditDifferenceDto difference, int storedVersion, UserContext user, CancellationToken ct)
    {
        var answer = new EditOrderAnswer(order.ForOwnerView(user, mapping), difference, null, storedVersion, DryRun: true);
        uow.Discard();
        var taken = edited.Stock.Where(m => m.Units > 0).ToList();
        if (taken.Count == 0) return answer;
        var inStock = (await products.FindManyAsync([.. taken.Select(m => m.ProductId).Distinct()], ct)).ToDictionary(p => p.Id, p => p.Stock);
        foreach (var move in taken.OrderBy(m => m.ProductId, StringComparer.Ordinal))
        {
            var available = inStock.GetValueOrDefault(move.ProductId);
            if (available < move.Units) return ProductErrors.InsufficientStock(move.ProductName, available);
        }

        return answer;
    }
}
