using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orders.Application.Invoices;

namespace Orders.Infrastructure.Pdf;

internal static class InvoicePdfRegistration
{
    /// <summary>The <c>Invoice</c> options, checked when the host starts, and the PDF renderer behind
    /// <see cref="IInvoiceRenderer"/>.</summary>
    public static IServiceCollection AddInvoicePdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InvoiceOptions>().Bind(configuration.GetSection(InvoiceOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InvoiceOptions>, InvoiceFontsValidation>();
        // Application's handlers take the options themselves, not IOptions.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<InvoiceOptions>>().Value);
        services.AddSingleton<IInvoiceRenderer, InvoicePdfRenderer>();
        return services;
    }
}
