namespace Orders.Application.Notifications;

/// <summary>Hands an email to the mail server (SMTP in production).</summary>
public interface IEmailSender
{
    /// <summary>Completes once the server has accepted the message; throws when it could not be handed over (server
    /// down, refused, timed out), so the outbox that calls it keeps the message and retries.</summary>
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
