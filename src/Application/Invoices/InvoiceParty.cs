namespace Orders.Application.Invoices;

/// <summary>Who issues the invoice, as printed in its header.</summary>
public sealed record InvoiceParty(string Name, string? TaxId, IReadOnlyList<string> AddressLines);
