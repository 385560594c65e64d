namespace Orders.Infrastructure.Email.Templates.Model;

/// <summary>A line an edit changed: <see cref="PreviousQuantity"/> 0 when it was added, <see cref="Quantity"/> 0 when it
/// was removed.</summary>
public sealed record EmailEditItem(string ProductName, int PreviousQuantity, int Quantity);
