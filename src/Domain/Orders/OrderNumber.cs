using System.Globalization;
using System.Text.RegularExpressions;

namespace Orders.Domain.Orders;

/// <summary><c>YYYY-MM-NNNN</c>: the month the order was placed and its place in that month's sequence
/// (at least four digits, more after 9999).</summary>
public readonly partial record struct OrderNumber(string Value)
{
    public static OrderNumber For(int year, int month, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{sequence:D4}"));
    }

    /// <summary>The sequence that numbers orders of one month; all servers share it through the database.</summary>
    public static string SequenceName(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"order-number:{year:D4}-{month:D2}");

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex(@"\A[0-9]{4}-(0[1-9]|1[0-2])-[0-9]{4,9}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
