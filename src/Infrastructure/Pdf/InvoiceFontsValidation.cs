using Microsoft.Extensions.Options;
using Orders.Application.Invoices;

namespace Orders.Infrastructure.Pdf;

/// <summary>Refuses <see cref="InvoiceOptions"/> whose font directory lacks DejaVu Sans, so a host without the font
/// fails at start-up rather than on its first invoice download.</summary>
internal sealed class InvoiceFontsValidation : IValidateOptions<InvoiceOptions>
{
    public ValidateOptionsResult Validate(string? name, InvoiceOptions options) =>
        InvoiceFonts.Problem(options.FontDirectory) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
