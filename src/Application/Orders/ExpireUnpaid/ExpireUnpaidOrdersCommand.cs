namespace Orders.Application.Orders.ExpireUnpaid;

/// <summary>One pass of the expiry sweep: at most <paramref name="BatchSize"/> orders per payment method a batch, and at
/// most <paramref name="MaxBatches"/> batches per method (the rest waits for the next pass).</summary>
public sealed record ExpireUnpaidOrdersCommand(int BatchSize = 100, int MaxBatches = 10);
