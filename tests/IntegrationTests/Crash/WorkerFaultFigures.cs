namespace Orders.IntegrationTests.Crash;

/// <summary>What one <see cref="WorkerUnderLoad"/> run saw, for the test output and the closing note.</summary>
public sealed record WorkerFaultFigures(
    string Engine,
    WorkerFault Fault,
    int OrdersAcknowledged,
    int OrdersAcknowledgedAtFault,
    int OrdersPresent,
    int MessagesOwed,
    int EmailsBeforeFault,
    int WebhooksBeforeFault,
    int EmailsInFlightAtFault,
    int WebhooksInFlightAtFault,
    int PendingAtRecovery,
    TimeSpan FaultLasted,
    TimeSpan AllDeliveredAfterRecovery,
    int DuplicateEmails,
    int DuplicateWebhooks,
    int UnfinishedSends,
    int ResentCopies)
{
    public override string ToString() =>
        $"{Engine}, {Fault}: {OrdersAcknowledged} orders acknowledged ({OrdersAcknowledgedAtFault} when the fault began), {OrdersPresent} present; " +
        $"{MessagesOwed} emails and as many webhooks owed, of which {EmailsBeforeFault} emails and {WebhooksBeforeFault} webhooks arrived before the fault; " +
        $"in flight at the fault: {EmailsInFlightAtFault} emails, {WebhooksInFlightAtFault} webhooks; the fault lasted {FaultLasted.TotalSeconds:0.0} s " +
        $"and left {PendingAtRecovery} messages pending; everything arrived {AllDeliveredAfterRecovery.TotalSeconds:0.0} s after the recovery began " +
        $"(duplicates across the fault: {DuplicateEmails} emails, {DuplicateWebhooks} webhooks; sends the worker logged as unfinished: " +
        $"{UnfinishedSends}, further copies: {ResentCopies}).";
}
