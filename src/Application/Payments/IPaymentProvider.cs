using Orders.Domain.Orders;

namespace Orders.Application.Payments;

/// <summary>A payment service: the built-in <c>manual</c> one, or a Stripe-style provider behind the same port.</summary>
public interface IPaymentProvider
{
    string Name { get; }

    /// <summary>Opens an intent for the order's total; the customer's client completes it with the secret.</summary>
    Task<PaymentIntent> CreateIntentAsync(Order order, CancellationToken ct);

    /// <summary>Gives the order's payment back; returns the refund's id.</summary>
    Task<string> RefundAsync(Order order, CancellationToken ct);
}
