using Orders.Infrastructure.Localization;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Orders.Infrastructure.Email.Templates.Model;

namespace Orders.Infrastructure.Email.Templates;

/// <summary>Every email template, parsed once: the built-in set embedded in this assembly, with each file of the shop's
/// own directory (<see cref="EmailOptions.TemplatesPath"/>) in place of the built-in one of the same name. Values are
/// HTML-encoded in the HTML part and written as they are in the subject and the text part.</summary>
public sealed partial class EmailTemplates
{
    private const string CurrencyKey = "currency";
    private static readonly FluidParser Parser = new();

    // Markup characters are encoded; accented letters stay readable in the HTML source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Dictionary<string, IFluidTemplate> _templates;
    private readonly Dictionary<ShopLanguage, TemplateOptions> _options;

    private EmailTemplates(Dictionary<string, IFluidTemplate> templates)
    {
        _templates = templates;
        _options = ShopLanguage.All.ToDictionary(l => l, OptionsFor);
    }

    /// <summary>Reads and parses all templates, failing with every problem at once.</summary>
    /// <exception cref="InvalidOperationException">A template does not parse (the message names each such file, its line
    /// and column), or <paramref name="overridesPath"/> is no directory or holds a template file that replaces none.</exception>
    public static EmailTemplates Load(string? overridesPath)
    {
        var overrides = string.IsNullOrWhiteSpace(overridesPath) ? null : Path.GetFullPath(overridesPath);
        if (overrides is not null && !Directory.Exists(overrides))
            throw new InvalidOperationException($"Email:TemplatesPath {overrides} is not a directory.");

        var errors = overrides is null ? [] : UnknownFiles(overrides);
        var templates = new Dictionary<string, IFluidTemplate>();
        foreach (var file in Files())
        {
            var (source, origin) = Read(file, overrides);
            if (Parser.TryParse(source, out var template, out var error)) templates[file] = template;
            else errors.Add($"{origin}{Position(error)}: {error.Split('\n')[0].Trim()}");
        }

        if (errors.Count > 0)
            throw new InvalidOperationException("The email templates could not be loaded:\n" + string.Join('\n', errors));
        return new EmailTemplates(templates);
    }

    /// <summary>The email <paramref name="name"/> (see <see cref="EmailTemplateNames"/>) in <paramref name="language"/>.
    /// The subject comes out on one line; the text ends with one line break.</summary>
    public RenderedEmail Render(ShopLanguage language, string name, EmailModel model)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(model);
        string Part(string part, TextEncoder encoder)
        {
            // One context per part, so that what one part assigns never leaks into another.
            var context = new TemplateContext(model, _options[language]);
            context.AmbientValues[CurrencyKey] = model.Order.Currency;
            return _templates[$"{language.Code}/{name}.{part}.liquid"].Render(context, encoder);
        }

        var subject = string.Join(' ', Part("subject", NullEncoder.Default)
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new RenderedEmail(subject, Part("text", NullEncoder.Default).TrimEnd() + "\n", Part("html", Html));
    }

    private static IEnumerable<string> Files() =>
        from language in ShopLanguage.All
        from name in EmailTemplateNames.All
        from part in EmailTemplateNames.Parts
        select $"{language.Code}/{name}.{part}.liquid";

    private static (string Source, string Origin) Read(string file, string? overrides)
    {
        var own = overrides is null ? null : Path.Combine(overrides, file);
        if (own is not null && File.Exists(own)) return (File.ReadAllText(own), own);

        var resource = "Orders.Infrastructure.Email.Templates." + file.Replace('/', '.');
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The built-in email template {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return (reader.ReadToEnd(), $"built-in {file}");
    }

    /// <summary>A misspelt override would silently never apply, so it is refused like a broken one.</summary>
    private static List<string> UnknownFiles(string overrides)
    {
        var known = Files().ToHashSet(StringComparer.Ordinal);
        return [.. Directory.EnumerateFiles(overrides, "*.liquid", SearchOption.AllDirectories)
            .Where(f => !known.Contains(Path.GetRelativePath(overrides, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)
            .Select(f => $"{f}: replaces no template; expected {{language}}/{{name}}.{{part}}.liquid with language "
                + $"{string.Join('|', ShopLanguage.All.Select(l => l.Code))}, name {string.Join('|', EmailTemplateNames.All)} "
                + $"and part {string.Join('|', EmailTemplateNames.Parts)}")];
    }

    /// <summary>Fluid reports where it stopped as "(line:column)".</summary>
    private static string Position(string error) =>
        LineAndColumn().Match(error) is { Success: true } m ? $", line {m.Groups[1].Value}, column {m.Groups[2].Value}" : "";

    private static TemplateOptions OptionsFor(ShopLanguage language)
    {
        var options = new TemplateOptions { TimeZone = TimeZoneInfo.Utc, CultureInfo = CultureInfo.InvariantCulture };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
        options.MemberAccessStrategy.Register<EmailModel>();
        options.MemberAccessStrategy.Register<EmailShop>();
        options.MemberAccessStrategy.Register<EmailOrder>();
        options.MemberAccessStrategy.Register<EmailOrderItem>();
        options.MemberAccessStrategy.Register<EmailShippingAddress>();
        options.MemberAccessStrategy.Register<EmailPayment>();
        options.MemberAccessStrategy.Register<EmailShipment>();
        options.MemberAccessStrategy.Register<EmailShipmentItem>();
        options.MemberAccessStrategy.Register<EmailReturn>();
        options.MemberAccessStrategy.Register<EmailReturnItem>();
        options.MemberAccessStrategy.Register<EmailRefund>();
        options.MemberAccessStrategy.Register<EmailRefundItem>();
        options.MemberAccessStrategy.Register<EmailEdit>();
        options.MemberAccessStrategy.Register<EmailEditItem>();
        // {{ order.total | money }} → "1,321.89 USD" in the order's currency, or {{ x | money: "EUR" }}.
        options.Filters.AddFilter("money", (input, arguments, context) =>
        {
            var currency = arguments.At(0).IsNil() ? (string)context.AmbientValues[CurrencyKey] : arguments.At(0).ToStringValue();
            return new StringValue(language.Money(input.ToNumberValue(), currency));
        });
        return options;
    }

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex LineAndColumn();
}
