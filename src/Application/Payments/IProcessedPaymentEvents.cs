namespace Orders.Application.Payments;

public interface IProcessedPaymentEvents
{
    Task<bool> ExistsAsync(string eventId, CancellationToken ct);

    void Add(ProcessedPaymentEvent processed);
}
