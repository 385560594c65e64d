using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.AddNote;

/// <summary>The owner or an admin writes a note on an order; <paramref name="Visibility"/> null is refused by the order
/// (it is required). <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record AddNoteCommand(
    OrderRef Order, UserContext User, string? Body, NoteVisibility? Visibility, string? IdempotencyKey = null, int? ExpectedVersion = null)
{
    /// <summary>Identifies the note asked for, for idempotent retries: the same order, author, body and visibility give
    /// the same hash.</summary>
    public string RequestHash(string orderId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            orderId,
            author = User.Id,
            admin = User.IsAdmin,
            body = Body?.Trim(),
            visibility = Visibility?.ToString(),
        }))));
}
