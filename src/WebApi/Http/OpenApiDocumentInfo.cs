using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Orders.WebApi.Http;

/// <summary>Titles the document and states the conventions every operation shares.</summary>
public sealed class OpenApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Orders API";
        document.Info.Description =
            "Order management for online shops. Authenticate with `Authorization: Bearer <JWT>`; admins carry role `admin`. " +
            "Money is a JSON number in major units with at most 2 decimals plus `currency`; times are ISO 8601 UTC. " +
            "Date filters (`dateFrom`, `dateTo`): a date means that whole day in the shop's time zone (Shop:TimeZone), both ends " +
            "inclusive; a full timestamp means that instant. Errors are RFC 9457 problem details.";
        return Task.CompletedTask;
    }
}
