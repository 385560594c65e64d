namespace Orders.Infrastructure.Outbox;

/// <summary>A message that could be claimed now, and where it goes (the lane limits sends per target).</summary>
public sealed record DueMessage(string Id, string? Target);
