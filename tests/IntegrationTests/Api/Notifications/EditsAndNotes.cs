using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Common;
using Orders.Application.CreditNotes;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>Edits and notes of an order, made the way their use cases make them: the order loaded in a scope of the host,
/// the domain verb, stock moves and credit notes queued for the save, one <see cref="IUnitOfWork.SaveChangesAsync"/>, so
/// the outbox writes their webhooks and emails as it does for any route. The edit and notes routes are not on this branch
/// yet; once they are, these can post to <c>/api/orders/{id}/edits</c> and <c>/api/orders/{id}/notes</c> instead, with
/// the callers unchanged.</summary>
public static class EditsAndNotes
{
    public static readonly Actor Admin = new("admin-1", IsAdmin: true);

    /// <summary>An admin's edit of existing lines (quantity 0 removes one); returns the refund it made a paid order, if any.</summary>
    public static async Task<string?> EditAsync(
        this OrdersApiFactory factory, string orderId, IReadOnlyList<LineQuantity> lines, string reason, bool notifyCustomer = true)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var order = await LoadAsync(services, orderId);
        var edited = order.Edit(Admin, new EditDraft(lines, [], reason, notifyCustomer), services.GetRequiredService<TimeProvider>().GetUtcNow());
        edited.IsSuccess.ShouldBeTrue($"edit of {orderId}: {edited.Code()}");

        // In product-id order, as placement takes stock, so two writers never wait on each other's rows.
        var stock = services.GetRequiredService<IStockReservations>();
        foreach (var move in edited.Value.Stock.OrderBy(m => m.ProductId, StringComparer.Ordinal))
        {
            if (move.Units > 0) stock.Reserve(move.ProductId, move.ProductName, move.Units);
            else stock.Release(move.ProductId, -move.Units);
        }

        if (edited.Value.Refund is not null) services.GetRequiredService<CreditNoteNumbering>().IssueOnSave(order);
        await SaveAsync(services, orderId);
        return edited.Value.Refund?.Id;
    }

    /// <summary>A note by <paramref name="by"/> with <paramref name="visibility"/> <c>internal</c> or <c>customer</c>; returns its id.</summary>
    public static async Task<string> AddNoteAsync(this OrdersApiFactory factory, string orderId, Actor by, string body, string visibility)
    {
        using var scope = factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var order = await LoadAsync(services, orderId);
        var seenBy = visibility switch
        {
            "internal" => NoteVisibility.Internal,
            "customer" => NoteVisibility.Customer,
            _ => throw new ArgumentOutOfRangeException(nameof(visibility), visibility, "internal or customer"),
        };
        var note = order.AddNote(by, body, seenBy, services.GetRequiredService<TimeProvider>().GetUtcNow());
        note.IsSuccess.ShouldBeTrue($"note on {orderId}: {note.Code()}");
        await SaveAsync(services, orderId);
        return note.Value.Id;
    }

    private static async Task<Order> LoadAsync(IServiceProvider services, string orderId) =>
        (await services.GetRequiredService<IOrderRepository>().FindAsync(OrderRef.Parse(orderId), CancellationToken.None)).ShouldNotBeNull();

    private static async Task SaveAsync(IServiceProvider services, string orderId)
    {
        var saved = await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        saved.IsSuccess.ShouldBeTrue($"save of {orderId}: {saved.Code()}");
    }
}
