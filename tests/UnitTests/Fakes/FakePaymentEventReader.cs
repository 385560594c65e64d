using Orders.Application.Payments;
using Orders.Application.Payments.HandlePaymentEvent;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Reads whatever event it was handed; a signature other than <see cref="GoodSignature"/> is refused like a bad one.</summary>
public sealed class FakePaymentEventReader : IPaymentEventReader
{
    public const string GoodSignature = "t=1,v1=good";

    public ProviderPaymentEvent? Next { get; set; }

    public Result<ProviderPaymentEvent> Read(string payload, string? signature) => signature == GoodSignature && Next is { } evt
        ? evt
        : Failure.Invalid("signature.invalid", "The signature does not match the body.").Failed<ProviderPaymentEvent>();
}
