using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>The <c>Orders-Signature: t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c> scheme, for payment
/// events we receive and webhooks we send.</summary>
public static class WebhookSignature
{
    public const string HeaderName = "Orders-Signature";

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Mac(timestamp, payload, secret))}";
    }

    public static Result Verify(string payload, string? header, string secret, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(header)) return RequestErrors.SignatureMissing;
        string? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal)) timestamp = part[2..];
            else if (part.StartsWith("v1=", StringComparison.Ordinal)) signatures.Add(part[3..]);
        }

        if (timestamp is null || signatures.Count == 0 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return RequestErrors.SignatureMalformed;
        if (seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds() || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
            return RequestErrors.SignatureStale;

        var expected = Mac(timestamp, payload, secret);
        foreach (var signature in signatures)
        {
            if (signature.Length == expected.Length * 2 && IsHex(signature)
                && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(signature), expected))
                return Result.Success();
        }

        return RequestErrors.SignatureMismatch;
    }

    private static byte[] Mac(string timestamp, string payload, string secret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));

    private static bool IsHex(string value) => value.All(Uri.IsHexDigit);
}
