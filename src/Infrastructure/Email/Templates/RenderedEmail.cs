namespace Orders.Infrastructure.Email.Templates;

public sealed record RenderedEmail(string Subject, string Text, string Html);
