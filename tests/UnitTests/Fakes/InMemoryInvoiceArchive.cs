using Orders.Application.Invoices;

namespace Orders.UnitTests.Fakes;

/// <summary>Issued invoices by order id, kept as they are added (the numbering that adds them runs inside the save).</summary>
public sealed class InMemoryInvoiceArchive : IInvoiceArchive
{
    private readonly Dictionary<string, IssuedInvoice> _invoices = [];

    public IReadOnlyCollection<IssuedInvoice> Issued => _invoices.Values;

    public Task<IssuedInvoice?> FindAsync(string orderId, CancellationToken ct) => Task.FromResult(_invoices.GetValueOrDefault(orderId));

    public void Add(IssuedInvoice invoice) => _invoices[invoice.OrderId] = invoice;

    public void KeepDocument(IssuedInvoice invoice) => _invoices[invoice.OrderId] = invoice;
}
