using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Orders.Application.Notifications;

namespace Orders.Infrastructure.Email;

/// <summary>Sends over SMTP with <see cref="SmtpClient"/>, the client FluentEmail.Smtp wraps (neither it nor MailKit
/// is served here). Each message goes as multipart/alternative: the text part first, then the HTML part that mail
/// clients prefer.</summary>
public sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mail = new MailMessage
        {
            From = new MailAddress(options.From),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        mail.To.Add(new MailAddress(message.To));
        mail.AlternateViews.Add(View(message.TextBody, MediaTypeNames.Text.Plain));
        mail.AlternateViews.Add(View(message.HtmlBody, MediaTypeNames.Text.Html));

        // SmtpClient is not thread-safe and keeps connection state, so every send gets its own.
        using var client = new SmtpClient(options.Host, options.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = options.EnableSsl,
            // Bounds SendMailAsync too on .NET 10 (SmtpException "The operation has timed out"); a test holds it to that.
            Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds,
            UseDefaultCredentials = false,
        };
        if (!string.IsNullOrEmpty(options.User)) client.Credentials = new NetworkCredential(options.User, options.Password);

        await client.SendMailAsync(mail, ct);
    }

    /// <summary>Quoted-printable, because a seven-bit part (the client's choice for ASCII text) may carry an HTML
    /// line longer than SMTP's 998-octet limit, and it stays compact for mostly-ASCII text. Text parts travel with
    /// CRLF line ends (RFC 2046).</summary>
    private static AlternateView View(string body, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(body.ReplaceLineEndings("\r\n"), Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }
}
