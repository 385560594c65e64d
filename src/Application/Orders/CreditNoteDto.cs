namespace Orders.Application.Orders;

public sealed record CreditNoteDto
{
    public string Number { get; init; } = "";
    public string RefundId { get; init; } = "";
    public long Amount { get; init; }
    public DateTimeOffset IssuedAt { get; init; }
}
