namespace Orders.IntegrationTests.Crash;

/// <summary>What one <see cref="ExpiryUnderKill"/> run saw, for the test output and the closing note.</summary>
public sealed record ExpiryFigures(
    int OrdersPlaced,
    int OrdersPaid,
    int OrdersExpired,
    int CanceledWhenKilled,
    int EmailsClaimedByTheKilled,
    int WebhooksClaimedByTheKilled,
    TimeSpan AllExpiredAfterKill,
    TimeSpan AllDeliveredAfterKill,
    int DuplicateEmails,
    int DuplicateWebhooks)
{
    public override string ToString() =>
        $"Postgres, expiry with a kill: {OrdersPlaced} orders placed, {OrdersPaid} paid; a worker and an API swept at once and the worker " +
        $"was killed with {CanceledWhenKilled} of {OrdersExpired} unpaid orders canceled, holding claims on {EmailsClaimedByTheKilled} emails and " +
        $"{WebhooksClaimedByTheKilled} webhooks; all {OrdersExpired} canceled once {AllExpiredAfterKill.TotalSeconds:0.0} s after the kill, " +
        $"every email and webhook in {AllDeliveredAfterKill.TotalSeconds:0.0} s (duplicates: {DuplicateEmails} emails, {DuplicateWebhooks} webhooks).";
}
