using Microsoft.Data.Sqlite;
using Orders.Application.Payments;
using Ardalis.Result;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>The provider as the host has it, except that while <see cref="Armed"/> a placement fails right after Stripe
/// opened its intent, the way a SQLite file locked past the busy timeout (or a process killed at that moment) fails it:
/// with an exception, so the Idempotency-Key stays with its order id until its lease runs out.</summary>
public sealed class BusyAfterIntent(IPaymentProvider inner, BusyAfterIntent.Switch armed) : IPaymentProvider
{
    public string Name => inner.Name;

    public bool CallsOut => inner.CallsOut;

    public async Task<Result<PaymentIntent>> CreateIntentAsync(PaymentIntentRequest request, CancellationToken ct)
    {
        var intent = await inner.CreateIntentAsync(request, ct);
        if (armed.Armed) throw new SqliteException("database is locked", 5);
        return intent;
    }

    public Task<Result> UpdateIntentAmountAsync(IntentAmountRequest request, CancellationToken ct) => inner.UpdateIntentAmountAsync(request, ct);

    public Task<Result<RefundOutcome>> RefundAsync(RefundRequest request, CancellationToken ct) => inner.RefundAsync(request, ct);

    public Task<Result> CancelIntentAsync(IntentCancelRequest request, CancellationToken ct) => inner.CancelIntentAsync(request, ct);

    public sealed class Switch
    {
        public bool Armed { get; set; }
    }
}
