namespace Orders.Infrastructure.Email;

/// <summary>The <c>Smtp</c> section of configuration: the server that takes customer emails.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>Login for servers that require one; without it no credentials are sent.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>The sender: an address, optionally with a display name (<c>Orders Shop &lt;orders@example.com&gt;</c>).</summary>
    public string From { get; set; } = "orders@localhost";

    /// <summary>How long connecting, and then each command of the conversation, may wait for the server before the send
    /// fails and is retried later.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
