using System.Globalization;

namespace Orders.Infrastructure.Localization;

/// <summary>A language the shop writes to customers in (emails and invoices): its code and how its numbers and money read.
/// Separators are spelled out rather than taken from a culture, so the output does not change with the server's culture
/// or ICU version.</summary>
public sealed class ShopLanguage
{
    public static readonly ShopLanguage English = new("en", groupSeparator: ",", decimalSeparator: ".");

    public static readonly ShopLanguage Spanish = new("es", groupSeparator: ".", decimalSeparator: ",");


    private ShopLanguage(string code, string groupSeparator, string decimalSeparator)
    {
        Code = code;
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberGroupSeparator = groupSeparator;
        numbers.NumberDecimalSeparator = decimalSeparator;
        Numbers = NumberFormatInfo.ReadOnly(numbers);
    }

    public static IReadOnlyList<ShopLanguage> All { get; } = [English, Spanish];

    /// <summary><c>en</c>, <c>es</c>: also the folder of its email templates.</summary>
    public string Code { get; }

    public NumberFormatInfo Numbers { get; }

    /// <summary>The shop's language, or English for one we have no templates for.</summary>
    public static ShopLanguage For(string? language) =>
        All.FirstOrDefault(l => string.Equals(l.Code, language?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? English;

    /// <summary>A two-decimal amount with its currency code: "1,299.99 USD", "1.299,99 EUR".</summary>
    public string Money(decimal amount, string currency) => amount.ToString("#,##0.00", Numbers) + " " + currency;
}
