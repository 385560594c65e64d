namespace Orders.WebApi.Contracts.Edits;

/// <summary>One edit kept on the order: when, by which admin, why, the lines it changed, what it changed in the totals,
/// and the refund it gave a paid order (null when none).</summary>
public sealed record EditResponse(
    DateTimeOffset At, string By, string Reason, IReadOnlyList<EditChangeResponse> Changes, EditDifferenceResponse Difference, string? RefundId);
