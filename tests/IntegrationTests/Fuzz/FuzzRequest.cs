using System.Text;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>One generated request: everything needed to send it again, and to print it when it fails.</summary>
public sealed record FuzzRequest(
    int Case,
    OpenApiOperation Operation,
    FuzzCaller Caller,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string? ContentType,
    bool ChunkedBody,
    bool Signed,
    IReadOnlyList<string> Mutations)
{
    /// <summary>The header that carries the payment provider's signature of the body, made when the request is sent
    /// because it holds the time.</summary>
    public const string SignatureHeader = "Orders-Signature";

    public HttpRequestMessage ToHttpRequest(string? bearerToken, string? signature = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), new Uri(Url, UriKind.Relative));
        if (bearerToken is not null) request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearerToken}");
        if (signature is not null) request.Headers.TryAddWithoutValidation(SignatureHeader, signature);
        foreach (var (name, value) in Headers) request.Headers.TryAddWithoutValidation(name, value);
        if (Body is not null)
        {
            HttpContent content = ChunkedBody ? new StreamContent(new UnseekableStream(Body)) : new ByteArrayContent(Body);
            if (ContentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            request.Content = content;
        }

        return request;
    }

    /// <summary>The request as text, with long values cut (their length is shown; <see cref="Case"/> and the seed rebuild
    /// them exactly).</summary>
    public string Describe(int maxBody = 2000)
    {
        var text = new StringBuilder();
        text.AppendLine($"case {Case} ({Operation.Key}) as {Caller}; mutations: {string.Join("; ", Mutations)}");
        var (maxUrl, maxHeader) = maxBody == int.MaxValue ? (int.MaxValue, int.MaxValue) : (600, 300);
        text.AppendLine($"{Operation.Method} {Cut(Url, maxUrl)}");
        foreach (var (name, value) in Headers) text.AppendLine($"{name}: {Cut(value, maxHeader)}");
        if (Signed) text.AppendLine($"{SignatureHeader}: t=<now>,v1=<HMAC-SHA256 of \"t.body\" with {nameof(Infrastructure.OrdersApiFactory)}.{nameof(Infrastructure.OrdersApiFactory.PaymentWebhookSecret)}>");
        if (ContentType is not null) text.AppendLine($"Content-Type: {ContentType}");
        if (Body is not null)
        {
            text.AppendLine(ChunkedBody ? $"Transfer-Encoding: chunked ({Body.Length} bytes)" : $"Content-Length: {Body.Length}");
            text.AppendLine();
            text.AppendLine(Cut(Encoding.UTF8.GetString(Body), maxBody));
        }

        return text.ToString();
    }

    /// <summary>The whole request, nothing cut, as an HTTP message (the body as UTF-8, so invalid bytes show as U+FFFD).</summary>
    public string Full() => Describe(int.MaxValue);

    private static string Cut(string value, int max) =>
        value.Length <= max ? value : $"{value[..max]}… ({value.Length} chars in all)";

    /// <summary>Hides the length, so the client sends the body chunked and the server only learns its size by reading.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }
}
