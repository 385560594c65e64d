using System.Globalization;

namespace Orders.Application.Notifications;

/// <summary>Numbers and dates in one language, spelled out here rather than taken from a culture so that emails
/// read the same whatever the server's culture or ICU version (the invoice PDF follows the same rules).</summary>
internal sealed class EmailFormat
{
    public static readonly EmailFormat English = new(groupSeparator: ",", decimalSeparator: ".", dateFormat: "yyyy-MM-dd");

    public static readonly EmailFormat Spanish = new(groupSeparator: ".", decimalSeparator: ",", dateFormat: "dd/MM/yyyy");

    private readonly NumberFormatInfo _numbers;
    private readonly string _dateFormat;

    private EmailFormat(string groupSeparator, string decimalSeparator, string dateFormat)
    {
        var numbers = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        numbers.NumberGroupSeparator = groupSeparator;
        numbers.NumberDecimalSeparator = decimalSeparator;
        _numbers = NumberFormatInfo.ReadOnly(numbers);
        _dateFormat = dateFormat;
    }

    /// <summary>Minor units as a two-decimal amount with its currency code: "1,299.99 USD", "1.299,99 EUR".</summary>
    public string Money(long minor, string currency) => (minor / 100m).ToString("#,##0.00", _numbers) + " " + currency;

    public string Quantity(int value) => value.ToString("#,##0", _numbers);

    public string Date(DateOnly date) => date.ToString(_dateFormat, CultureInfo.InvariantCulture);
}
