using System.Text.Json;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>One parameter of an operation as the OpenAPI document declares it: <c>in</c> is path, query or header;
/// <see cref="Schema"/> has its <c>$ref</c>s resolved.</summary>
public sealed record OpenApiParameter(string Name, string In, bool Required, JsonElement Schema);
