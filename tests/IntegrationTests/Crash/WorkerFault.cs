namespace Orders.IntegrationTests.Crash;

/// <summary>What goes wrong in <see cref="WorkerUnderLoad"/> while the API takes orders.</summary>
public enum WorkerFault
{
    /// <summary>The worker is killed with SIGKILL, and started again later.</summary>
    WorkerKilled,

    /// <summary>The SMTP server and the webhook receiver stop listening, and come back later on the same ports.</summary>
    ReceiversDown,
}
