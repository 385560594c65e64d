namespace Orders.Infrastructure.Email;

/// <summary>The <c>Email</c> section of configuration.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>A directory of the shop's own templates, <c>{language}/{name}.{part}.liquid</c>; each file there replaces
    /// the built-in one of the same name. Without it the built-in set is used.</summary>
    public string? TemplatesPath { get; set; }
}
