using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Orders.Application.Notifications;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Email;

/// <summary>Sends over SMTP with MailKit on one connection kept open between messages, so a batch of outbox messages
/// costs one handshake (and TLS negotiation and login) instead of one each. Sends take turns on that connection. Each
/// message goes as multipart/alternative: the text part first, then the HTML part that mail clients prefer.</summary>
/// <remarks>The server's answer decides what happens next: a 5xx reply is a refusal for good and becomes a
/// <see cref="PermanentDeliveryException"/> (the outbox parks the message at once); a 4xx reply, a timeout or a network
/// error throws as it is, and the outbox retries later.</remarks>
public sealed class SmtpEmailSender(SmtpOptions options) : IEmailSender, IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private SmtpClient? _client;

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = Build(message);
        await _turn.WaitAsync(ct);
        try
        {
            var reused = _client is { IsConnected: true };
            try
            {
                await SendOnceAsync(mime, ct);
            }
            catch (Exception ex) when (reused && ex is not SmtpCommandException && !ct.IsCancellationRequested)
            {
                // Servers close connections that sat idle; that the kept one failed says nothing about a new one.
                await SendOnceAsync(mime, ct);
            }
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            throw new PermanentDeliveryException($"The SMTP server refused the message: {(int)ex.StatusCode} {ex.Message}", ex);
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose()
    {
        Drop();
        _turn.Dispose();
    }

    /// <summary>A refused command (the server answered) leaves the connection usable; anything else may have left it
    /// half-way through a command, so it is dropped and the next send connects afresh.</summary>
    private async Task SendOnceAsync(MimeMessage mime, CancellationToken ct)
    {
        try
        {
            var client = await ConnectedAsync(ct);
            await client.SendAsync(mime, ct);
        }
        catch (Exception ex) when (ex is not SmtpCommandException)
        {
            Drop();
            throw;
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true } connected) return connected;
        Drop();
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, Secure(options.Security), ct);
            if (!string.IsNullOrEmpty(options.User)) await client.AuthenticateAsync(options.User, options.Password ?? "", ct);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return _client = client;
    }

    private void Drop()
    {
        _client?.Dispose();
        _client = null;
    }

    private MimeMessage Build(EmailMessage message)
    {
        var mime = new MimeMessage { Subject = message.Subject };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }

    private static SecureSocketOptions Secure(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
