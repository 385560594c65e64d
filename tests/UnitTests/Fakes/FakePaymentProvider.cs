using Orders.Application.Payments;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Hands out predictable intents (or the failure it is told to) and records refunds and canceled intents.</summary>
public sealed class FakePaymentProvider : IPaymentProvider
{
    private readonly List<PaymentIntentRequest> _intents = [];
    private readonly List<RefundRequest> _refunds = [];
    private readonly List<IntentCancelRequest> _cancels = [];

    public string Name => "fake";

    public bool CallsOut { get; init; } = true;

    public Result? FailWith { get; set; }

    public IReadOnlyList<PaymentIntentRequest> Intents => _intents;

    public IReadOnlyList<string> RefundedOrderIds => [.. _refunds.Select(r => r.OrderId)];

    public IReadOnlyList<string> CanceledIntentIds => [.. _cancels.Select(c => c.IntentId)];

    public Task<Result<PaymentIntent>> CreateIntentAsync(PaymentIntentRequest request, CancellationToken ct)
    {
        _intents.Add(request);
        if (FailWith is { } failure) return Task.FromResult<Result<PaymentIntent>>(failure.Failed<PaymentIntent>());
        return Task.FromResult(Result.Success(new PaymentIntent($"pi_{request.OrderId}", $"pi_{request.OrderId}_secret")));
    }

    private readonly List<IntentAmountRequest> _amounts = [];

    /// <summary>Intent amount changes asked for, in order.</summary>
    public IReadOnlyList<IntentAmountRequest> AmountChanges => _amounts;

    /// <summary>The next amount change fails with this.</summary>
    public Result? FailNextAmountChangeWith { get; set; }

    public Task<Result> UpdateIntentAmountAsync(IntentAmountRequest request, CancellationToken ct)
    {
        _amounts.Add(request);
        if (FailNextAmountChangeWith is not { } failure) return Task.FromResult(Result.Success());
        FailNextAmountChangeWith = null;
        return Task.FromResult(failure.Failed());
    }

    public Task<Result<RefundOutcome>> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        _refunds.Add(request);
        return Task.FromResult(Result.Success(new RefundOutcome($"re_{request.RefundId ?? request.OrderId}", ProviderRefundStatus.Succeeded)));
    }

    public Task<Result> CancelIntentAsync(IntentCancelRequest request, CancellationToken ct)
    {
        _cancels.Add(request);
        return Task.FromResult(Result.Success());
    }
}
