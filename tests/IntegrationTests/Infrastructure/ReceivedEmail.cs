namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A message as the test SMTP server stored it: headers decoded (RFC 2047), parts decoded from their
/// transfer encoding and charset, line ends as "\n". <see cref="Raw"/> is the stored file, for failure messages.</summary>
public sealed record ReceivedEmail(string To, string Subject, string? Text, string? Html, string ContentType, string Raw);
