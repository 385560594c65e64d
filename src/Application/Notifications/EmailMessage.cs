namespace Orders.Application.Notifications;

/// <summary>One email to one customer, with the same content as plain text and as HTML (mail clients pick one).
/// Bodies use "\n" line endings; the sender adapts them to its transport.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string HtmlBody);
