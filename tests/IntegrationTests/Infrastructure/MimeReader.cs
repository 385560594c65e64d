using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>Just enough MIME to check what our sender produced: unfolded headers, RFC 2047 encoded-words (B and Q),
/// nested multiparts, base64 and quoted-printable bodies, and the part's charset. Written here because no MIME
/// library is served, and a reader independent of System.Net.Mail is what a test of it wants anyway.</summary>
internal static partial class MimeReader
{
    public static ReceivedEmail Parse(byte[] file)
    {
        // Latin-1 maps each byte to one char, so encoded bodies survive until they are decoded to bytes again.
        var raw = Encoding.Latin1.GetString(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var (headers, body) = SplitHeaders(raw);
        string? text = null, html = null;
        CollectParts(headers, body, ref text, ref html);
        return new ReceivedEmail(
            DecodeWords(headers.GetValueOrDefault("To") ?? ""),
            DecodeWords(headers.GetValueOrDefault("Subject") ?? ""),
            text,
            html,
            headers.GetValueOrDefault("Content-Type") ?? "text/plain",
            raw);
    }

    /// <summary>Decodes every <c>=?charset?B|Q?...?=</c> in a header value; the space between two adjacent
    /// encoded-words belongs to the encoding and is dropped (RFC 2047 section 6.2).</summary>
    public static string DecodeWords(string value)
    {
        var joined = BetweenEncodedWords().Replace(value, "");
        return EncodedWord().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups["charset"].Value.Split('*')[0]);
            var payload = m.Groups["text"].Value;
            var bytes = m.Groups["encoding"].Value is "B" or "b"
                ? Convert.FromBase64String(payload)
                : QuotedPrintable(payload.Replace('_', ' '));
            return charset.GetString(bytes);
        });
    }

    private static void CollectParts(Dictionary<string, string> headers, string body, ref string? text, ref string? html)
    {
        var (mediaType, parameters) = ContentType(headers.GetValueOrDefault("Content-Type") ?? "text/plain");
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            foreach (var part in SplitMultipart(body, parameters["boundary"]))
            {
                var (partHeaders, partBody) = SplitHeaders(part);
                CollectParts(partHeaders, partBody, ref text, ref html);
            }

            return;
        }

        var transfer = (headers.GetValueOrDefault("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant();
        var bytes = transfer switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => QuotedPrintable(body),
            _ => Encoding.Latin1.GetBytes(body),
        };
        var charset = Encoding.GetEncoding(parameters.GetValueOrDefault("charset") ?? "us-ascii");
        var decoded = charset.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (mediaType == "text/plain") text ??= decoded;
        else if (mediaType == "text/html") html ??= decoded;
    }

    private static (Dictionary<string, string> Headers, string Body) SplitHeaders(string entity)
    {
        var end = entity.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? entity : entity[..end];
        var body = end < 0 ? "" : entity[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Unfolding: a line that starts with white space continues the previous header.
        foreach (var line in head.Replace("\n ", " ", StringComparison.Ordinal).Replace("\n\t", " ", StringComparison.Ordinal).Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
        }

        return (headers, body);
    }

    private static (string MediaType, Dictionary<string, string> Parameters) ContentType(string value)
    {
        var pieces = value.Split(';');
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in pieces.Skip(1))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0) parameters[piece[..equals].Trim()] = piece[(equals + 1)..].Trim().Trim('"');
        }

        return (pieces[0].Trim().ToLowerInvariant(), parameters);
    }

    /// <summary>The parts between the delimiter lines; the preamble and epilogue are dropped, and so is the line break
    /// before each delimiter, which belongs to the delimiter (RFC 2046 section 5.1.1).</summary>
    private static List<string> SplitMultipart(string body, string boundary)
    {
        var parts = new List<string>();
        List<string>? current = null;
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed == "--" + boundary || trimmed == "--" + boundary + "--")
            {
                if (current is not null) parts.Add(string.Join('\n', current));
                if (trimmed.Length > boundary.Length + 2) return parts;
                current = [];
            }
            else
            {
                current?.Add(line);
            }
        }

        throw new FormatException($"The multipart body has no closing delimiter --{boundary}--.");
    }

    private static byte[] QuotedPrintable(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c != '=')
            {
                bytes.Add((byte)c);
                continue;
            }

            if (i + 1 < encoded.Length && encoded[i + 1] == '\n')
            {
                i++; // soft line break
                continue;
            }

            if (i + 2 >= encoded.Length)
                throw new FormatException($"Quoted-printable text ends in an incomplete escape: '{encoded[i..]}'.");
            bytes.Add(byte.Parse(encoded.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            i += 2;
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(?<=\?=)\s+(?==\?)")]
    private static partial Regex BetweenEncodedWords();
}
