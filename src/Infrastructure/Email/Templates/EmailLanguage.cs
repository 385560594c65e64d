using System.Globalization;

namespace Orders.Infrastructure.Email.Templates;

/// <summary>A language emails are written in: which template set, and how its money reads. Separators are spelled out
/// rather than taken from a culture so that emails read the same whatever the server's culture or ICU version (the
/// invoice PDF follows the same rules).</summary>
public sealed class EmailLanguage
{
    public static readonly EmailLanguage English = new("en", groupSeparator: ",", decimalSeparator: ".");

    public static readonly EmailLanguage Spanish = new("es", groupSeparator: ".", decimalSeparator: ",");

    private readonly NumberFormatInfo _numbers;

    private EmailLanguage(string code, string groupSeparator, string decimalSeparator)
    {
        Code = code;
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberGroupSeparator = groupSeparator;
        numbers.NumberDecimalSeparator = decimalSeparator;
        _numbers = NumberFormatInfo.ReadOnly(numbers);
    }

    public static IReadOnlyList<EmailLanguage> All { get; } = [English, Spanish];

    /// <summary>The folder of its templates: <c>en</c>, <c>es</c>.</summary>
    public string Code { get; }

    /// <summary>The shop's language, or English for one we have no templates for.</summary>
    public static EmailLanguage For(string? language) =>
        All.FirstOrDefault(l => string.Equals(l.Code, language?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? English;

    /// <summary>A two-decimal amount with its currency code: "1,299.99 USD", "1.299,99 EUR".</summary>
    public string Money(decimal amount, string currency) => amount.ToString("#,##0.00", _numbers) + " " + currency;
}
