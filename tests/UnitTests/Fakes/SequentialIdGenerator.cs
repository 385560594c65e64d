using System.Globalization;
using Orders.Application.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Predictable ids (<c>id000001</c>, <c>id000002</c>…), never mistaken for order numbers.</summary>
public sealed class SequentialIdGenerator : IIdGenerator
{
    private int _next;

    public string NewId() => string.Create(CultureInfo.InvariantCulture, $"id{++_next:D6}");
}
