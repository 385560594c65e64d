using Orders.Application.Payments;
using Orders.Application.Payments.HandleStripeEvent;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Reads whatever event it was handed; a signature other than <see cref="GoodSignature"/> is refused like a bad one.</summary>
public sealed class FakeStripeEventReader : IStripeEventReader
{
    public const string GoodSignature = "t=1,v1=good";

    public ProviderPaymentEvent? Next { get; set; }

    public Result<ProviderPaymentEvent> Read(string payload, string? signature) => signature == GoodSignature && Next is { } evt
        ? evt
        : Failure.Invalid("payment.bad_signature", "The Stripe event was refused.").Failed<ProviderPaymentEvent>();
}
