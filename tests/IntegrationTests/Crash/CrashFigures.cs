namespace Orders.IntegrationTests.Crash;

/// <summary>What one kill-under-load run saw, for the test output and the closing note.</summary>
public sealed record CrashFigures(
    string Engine,
    int OrdersAcknowledged,
    TimeSpan LoadBeforeKill,
    int OrdersFoundAfterRestart,
    int UnansweredButPresent,
    int PaymentsAcknowledged,
    int InvoicesIssued,
    int MessagesExpected,
    int EmailsBeforeKill,
    int WebhooksBeforeKill,
    TimeSpan AllDeliveredAfterRestart,
    int DuplicateEmails,
    int DuplicateWebhooks)
{
    public override string ToString() =>
        $"{Engine}: {OrdersAcknowledged} orders acknowledged in {LoadBeforeKill.TotalSeconds:0.0} s before SIGKILL; " +
        $"{OrdersFoundAfterRestart} found after the restart ({UnansweredButPresent} present but never answered); " +
        $"{PaymentsAcknowledged} payments acknowledged, {InvoicesIssued} invoice numbers issued without gaps; " +
        $"{MessagesExpected} emails and as many webhooks owed, of which {EmailsBeforeKill} emails and {WebhooksBeforeKill} webhooks went out " +
        $"before the kill; all of them there {AllDeliveredAfterRestart.TotalSeconds:0.0} s after the restart began " +
        $"(duplicates from the crash window: {DuplicateEmails} emails, {DuplicateWebhooks} webhooks).";
}
