using Orders.Application.Payments;

namespace Orders.UnitTests.Fakes;

public sealed class InMemoryProcessedPaymentEvents : IProcessedPaymentEvents
{
    private readonly List<ProcessedPaymentEvent> _events = [];

    public IReadOnlyList<ProcessedPaymentEvent> Events => _events;

    public Task<bool> ExistsAsync(string eventId, CancellationToken ct) => Task.FromResult(_events.Any(e => e.Id == eventId));

    public void Add(ProcessedPaymentEvent processed) => _events.Add(processed);
}
