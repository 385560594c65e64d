namespace Orders.Application.Returns;

/// <summary>The <c>Returns</c> section of configuration.</summary>
public sealed class ReturnOptions
{
    public const string Section = "Returns";

    // Ten years: a bound keeps the delivery date plus the window in range of DateTimeOffset.
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(3650);

    /// <summary>How long after their delivery a customer may ask to return units; <c>00:00:00</c> means customers cannot
    /// ask at all (admins are bound by no window).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(14);

    public IEnumerable<string> Problems()
    {
        if (Window < TimeSpan.Zero || Window > MaxWindow)
            yield return "Returns:Window must be between 00:00:00 (customers cannot ask) and 3650.00:00:00.";
    }
}
