using System.Text.Json;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>One method on one path of the OpenAPI document, with what the fuzzer needs to build requests for it.
/// <see cref="BodySchema"/> is the JSON request body's schema (null when the operation declares no body).</summary>
public sealed record OpenApiOperation(
    string Method, string PathTemplate, IReadOnlyList<OpenApiParameter> Parameters, string? BodyContentType, JsonElement? BodySchema)
{
    public string Key => $"{Method} {PathTemplate}";

    public IEnumerable<OpenApiParameter> In(string location) => Parameters.Where(p => p.In == location);

    public override string ToString() => Key;
}
