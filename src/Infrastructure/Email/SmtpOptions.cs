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

    /// <summary>STARTTLS on the connection (ports 587 and 25); implicit TLS on 465 is not supported by the client.</summary>
    public bool EnableSsl { get; set; }

    /// <summary>The sender: an address, optionally with a display name (<c>Orders Shop &lt;orders@example.com&gt;</c>).</summary>
    public string From { get; set; } = "orders@localhost";

    /// <summary>How long one send may take, connection included, before it fails and is retried later.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
