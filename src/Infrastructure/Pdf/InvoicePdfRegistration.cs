using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.CreditNotes;
using Orders.Application.Invoices;

namespace Orders.Infrastructure.Pdf;

internal static class InvoicePdfRegistration
{
    /// <summary>The <c>Invoice</c> options, checked when the host starts, and the PDF renderer behind
    /// <see cref="IInvoiceRenderer"/> and <see cref="ICreditNoteRenderer"/>.</summary>
    public static IServiceCollection AddInvoicePdf(this IServiceCollection services, IConfiguration configuration)
    {
        // A host without the fonts fails at start-up rather than on its first invoice download.
        ValidatedOptions.Add<InvoiceOptions>(services, configuration, InvoiceOptions.Section,
            o => InvoiceFonts.Problem(o.FontDirectory) is { } problem ? [problem] : []);
        services.AddSingleton<InvoicePdfRenderer>();
        services.AddSingleton<IInvoiceRenderer>(sp => sp.GetRequiredService<InvoicePdfRenderer>());
        services.AddSingleton<ICreditNoteRenderer>(sp => sp.GetRequiredService<InvoicePdfRenderer>());
        return services;
    }
}
