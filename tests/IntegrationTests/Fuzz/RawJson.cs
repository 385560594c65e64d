namespace Orders.IntegrationTests.Fuzz;

/// <summary>JSON text written as is: numbers no .NET type holds (<c>1e400</c>, <c>-0</c>, 30 digits) and fragments that
/// are not JSON at all (<c>NaN</c>, <c>'x'</c>).</summary>
public sealed record RawJson(string Text);
