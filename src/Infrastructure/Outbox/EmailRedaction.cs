using System.Text.RegularExpressions;

namespace Orders.Infrastructure.Outbox;

/// <summary>Masks email addresses in text bound for the logs or the outbox's <c>lastError</c>: a mail server's refusal
/// names the customer it refused, and neither place is meant to hold customers' addresses. <c>jane.doe@example.com</c>
/// becomes <c>j***@example.com</c>: the domain stays, since it tells an operator which mail system answered.</summary>
public static partial class EmailRedaction
{
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('@', StringComparison.Ordinal) ? Address().Replace(text, m => $"{m.Groups["first"].Value}***@{m.Groups["domain"].Value}") : text;
    }

    // The local part as RFC 5322 allows it unquoted (and any letter, for internationalised addresses); a domain of one
    // or more labels. Broad on purpose: masking something that only looks like an address costs nothing.
    [GeneratedRegex(@"(?<first>[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-])[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]*@(?<domain>[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
