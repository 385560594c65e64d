namespace Orders.Infrastructure.Persistence;

/// <summary>A row per named counter (order numbers of one month, invoice numbers of one year).</summary>
public sealed class NumberSequence(string name, long value)
{
    public string Name { get; private set; } = name;

    public long Value { get; private set; } = value;
}
