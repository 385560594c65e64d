using System.Text;
using MimeKit;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A message as the test SMTP server stored it, read by MimeKit: headers decoded (RFC 2047), the text and HTML
/// bodies decoded from their transfer encoding and charset, line ends as "\n". <see cref="Raw"/> is the stored file,
/// for failure messages.</summary>
public sealed record ReceivedEmail(string To, string Subject, string? Text, string? Html, string ContentType, string Raw)
{
    /// <summary>Reads one Maildir file.</summary>
    public static ReceivedEmail Load(string path)
    {
        var file = File.ReadAllBytes(path);
        using var stream = new MemoryStream(file);
        var message = MimeMessage.Load(stream);
        return new ReceivedEmail(
            message.To.ToString(),
            message.Subject ?? "",
            Lf(message.TextBody),
            Lf(message.HtmlBody),
            message.Body?.ContentType.MimeType ?? "text/plain",
            Lf(Encoding.UTF8.GetString(file))!);
    }

    // The sender's bodies use "\n"; SMTP carries "\r\n".
    private static string? Lf(string? text) => text?.Replace("\r\n", "\n", StringComparison.Ordinal);
}
