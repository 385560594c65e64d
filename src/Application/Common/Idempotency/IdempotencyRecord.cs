namespace Orders.Application.Common.Idempotency;

/// <summary>A placement made with an <c>Idempotency-Key</c>, reserved before any other write: who sent it, a hash of
/// its body, the order id (and, once taken, the order number) it is placing, and whether it is done. While in progress a
/// short lease keeps other requests with the key away; a placement that crashed loses it after <see cref="Lease"/> and a
/// retry takes over with the same ids, so the provider's idempotency hands back the same intent. Kept for
/// <see cref="Lifetime"/>; <see cref="Version"/> is the concurrency token that makes a takeover exclusive.</summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 200;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Longer than a placement takes, provider call included (Stripe:TimeoutSeconds times its attempts).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private IdempotencyRecord()
    {
        UserId = Key = RequestHash = OrderId = null!;
    }

    public string UserId { get; private set; }

    public string Key { get; private set; }

    public string RequestHash { get; private set; }

    public string OrderId { get; private set; }

    public string? OrderNumber { get; private set; }

    public bool Completed { get; private set; }

    public DateTimeOffset LeaseUntil { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Grows with every change, so two requests that both read the record cannot both take it over.</summary>
    public int Version { get; private set; }

    public static IdempotencyRecord Reserve(string userId, string key, string requestHash, string orderId, DateTimeOffset now) =>
        new() { UserId = userId, Key = key, RequestHash = requestHash, OrderId = orderId, LeaseUntil = now + Lease, CreatedAt = now };

    public bool IsExpired(DateTimeOffset now) => now - CreatedAt > Lifetime;

    /// <summary>Another request is placing this order right now.</summary>
    public bool IsHeld(DateTimeOffset now) => !Completed && LeaseUntil > now;

    /// <summary>A key past its lifetime starts over as a new reservation.</summary>
    public void Renew(string requestHash, string orderId, DateTimeOffset now)
    {
        RequestHash = requestHash;
        OrderId = orderId;
        OrderNumber = null;
        Completed = false;
        LeaseUntil = now + Lease;
        CreatedAt = now;
        Version++;
    }

    /// <summary>Continues a placement whose lease ran out (it crashed, or the provider was unreachable) with its ids.</summary>
    public void TakeOver(DateTimeOffset now)
    {
        if (IsHeld(now) || Completed) throw new InvalidOperationException("Only a placement that is not held or done is taken over.");
        LeaseUntil = now + Lease;
        Version++;
    }

    public void AssignNumber(string orderNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderNumber);
        OrderNumber ??= orderNumber;
        Version++;
    }

    /// <summary>The provider could not be reached: a retry with the key may continue at once, with the same ids.</summary>
    public void Release(DateTimeOffset now)
    {
        LeaseUntil = now;
        Version++;
    }

    public void Complete()
    {
        Completed = true;
        Version++;
    }

    /// <summary>Done, naming what the request created when that is not an order: a refund's key keeps the refund's id (it
    /// fits the column: <c>rf_{orderId}_{n}</c>), so a replay answers that refund.</summary>
    public void Complete(string createdId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdId);
        OrderId = createdId;
        Complete();
    }
}
