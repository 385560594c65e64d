namespace Orders.Application.Common.Idempotency;

/// <summary>A request made with an <c>Idempotency-Key</c>: who sent it, a hash of its body, and the order it created.
/// A retry with the same key and body gets that order again; kept for <see cref="Lifetime"/>.</summary>
public sealed class IdempotencyRecord(string userId, string key, string requestHash, string orderId, DateTimeOffset createdAt)
{
    public const int MaxKeyLength = 200;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public string UserId { get; private set; } = userId;

    public string Key { get; private set; } = key;

    public string RequestHash { get; private set; } = requestHash;

    public string OrderId { get; private set; } = orderId;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public bool IsExpired(DateTimeOffset now) => now - CreatedAt > Lifetime;
}
