namespace Orders.Infrastructure.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>STARTTLS when the server offers it (SSL on connect on port 465), plain otherwise: a local development
    /// server without TLS just works.</summary>
    Auto,

    /// <summary>Plain text, never TLS.</summary>
    None,

    /// <summary>STARTTLS, required: a server that does not offer it is an error (ports 587 and 25).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
