using Orders.Domain.Common;

namespace Orders.Application.Payments.HandlePaymentEvent;

/// <summary>The manual provider's signed events: verified and read by <see cref="IPaymentEventReader"/>, then applied like
/// any provider's by <see cref="PaymentEventApplier"/>.</summary>
public sealed class HandlePaymentEventHandler(IPaymentEventReader reader, PaymentEventApplier applier)
{
    public async Task<Result<PaymentEventOutcome>> HandleAsync(HandlePaymentEventCommand cmd, CancellationToken ct)
    {
        var read = reader.Read(cmd.Payload, cmd.Signature);
        if (!read.IsSuccess) return read.Failed();
        return await applier.ApplyAsync(read.Value, ct);
    }
}
