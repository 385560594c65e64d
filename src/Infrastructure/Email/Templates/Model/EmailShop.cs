namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary><c>shop</c> in templates; <see cref="Language"/> is the language the email is written in.</summary>
public sealed record EmailShop(string Name, string Language, string Currency);
