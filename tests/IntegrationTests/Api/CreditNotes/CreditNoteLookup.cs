using Microsoft.Extensions.DependencyInjection;
using Orders.Domain.Orders;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.CreditNotes;

/// <summary>An order's credit notes as the service stored them, read through its own repository (the order's answer
/// does not list them yet).</summary>
internal static class CreditNoteLookup
{
    public static async Task<IReadOnlyList<CreditNote>> CreditNotesOfAsync(this OrdersApiFactory api, string orderId)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var order = await scope.ServiceProvider.GetRequiredService<IOrderRepository>().FindAsync(new OrderRef(orderId), default);
        return order?.CreditNotes ?? throw new InvalidOperationException($"Order {orderId} not found.");
    }

    public static async Task<string> SingleCreditNoteOfAsync(this OrdersApiFactory api, string orderId) =>
        (await api.CreditNotesOfAsync(orderId)).ShouldHaveSingleItem().Number;
}
