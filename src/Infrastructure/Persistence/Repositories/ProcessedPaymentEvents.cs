using Microsoft.EntityFrameworkCore;
using Orders.Application.Payments;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class ProcessedPaymentEvents(OrdersDbContext db) : IProcessedPaymentEvents
{
    public Task<bool> ExistsAsync(string eventId, CancellationToken ct) => db.ProcessedPaymentEvents.AnyAsync(e => e.Id == eventId, ct);

    public void Add(ProcessedPaymentEvent processed) => db.ProcessedPaymentEvents.Add(processed);
}
