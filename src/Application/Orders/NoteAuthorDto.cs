using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record NoteAuthorDto
{
    public string Id { get; init; } = "";
    public NoteAuthorRole Role { get; init; }
}
