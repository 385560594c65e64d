using System.Text.Json;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>Reads the operations of an OpenAPI 3.x document with System.Text.Json: paths, methods, path/query/header
/// parameters (path-level ones included) and the JSON request body's schema; <c>$ref</c>s to
/// <c>#/components/...</c> are followed by <see cref="Resolve"/>.</summary>
public sealed class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private readonly JsonElement _root;

    private OpenApiOperations(JsonElement root)
    {
        _root = root;
        All = [.. ReadOperations().OrderBy(o => o.PathTemplate, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal)];
    }

    /// <summary>Every operation, ordered by path then method so a seed picks the same operation on every run.</summary>
    public IReadOnlyList<OpenApiOperation> All { get; }

    public static OpenApiOperations Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new OpenApiOperations(document.RootElement.Clone());
    }

    /// <summary>Follows <c>$ref</c> until it reaches a schema that is not a reference (a cycle stops after 32 hops).</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var hops = 0; hops < 32 && schema.ValueKind == JsonValueKind.Object
            && schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } pointer; hops++)
            schema = Pointer(pointer);
        return schema;
    }

    private IEnumerable<OpenApiOperation> ReadOperations()
    {
        if (!_root.TryGetProperty("paths", out var paths)) yield break;
        foreach (var path in paths.EnumerateObject())
        {
            var shared = path.Value.TryGetProperty("parameters", out var common) ? ReadParameters(common) : [];
            foreach (var method in Methods)
            {
                if (!path.Value.TryGetProperty(method, out var operation)) continue;
                var own = operation.TryGetProperty("parameters", out var declared) ? ReadParameters(declared) : [];
                // An operation's parameter replaces a path-level one with the same name and location.
                var parameters = own.Concat(shared.Where(s => !own.Any(o => o.Name == s.Name && o.In == s.In))).ToList();
                var (contentType, schema) = ReadBody(operation);
                yield return new OpenApiOperation(method.ToUpperInvariant(), path.Name, parameters, contentType, schema);
            }
        }
    }

    private List<OpenApiParameter> ReadParameters(JsonElement parameters) =>
        [.. parameters.EnumerateArray().Select(Resolve).Select(p => new OpenApiParameter(
            p.GetProperty("name").GetString()!,
            p.GetProperty("in").GetString()!,
            p.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.True,
            p.TryGetProperty("schema", out var schema) ? Resolve(schema) : default))];

    private (string? ContentType, JsonElement? Schema) ReadBody(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var body)) return (null, null);
        body = Resolve(body);
        if (!body.TryGetProperty("content", out var content)) return (null, null);
        foreach (var media in content.EnumerateObject())
        {
            if (!media.Name.Contains("json", StringComparison.OrdinalIgnoreCase)) continue;
            return (media.Name, media.Value.TryGetProperty("schema", out var schema) ? Resolve(schema) : default(JsonElement?));
        }

        var first = content.EnumerateObject().FirstOrDefault();
        return first.Value.ValueKind == JsonValueKind.Undefined ? (null, null) : (first.Name, null);
    }

    private JsonElement Pointer(string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            throw new NotSupportedException($"Only local references are supported, not {pointer}.");
        var node = _root;
        foreach (var raw in pointer[2..].Split('/'))
        {
            var name = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!node.TryGetProperty(name, out node)) throw new KeyNotFoundException($"{pointer} is not in the document.");
        }

        return node;
    }
}
