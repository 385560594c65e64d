using Orders.Domain.Common;
using Orders.Domain.Discounts;
using Orders.Domain.Orders.Events;

namespace Orders.Domain.Orders;

/// <summary>An order: its lines, money, status machine and history. Amounts are integer minor units of
/// <see cref="Currency"/>. Outside code reads it and calls its verbs; only the verbs change it.</summary>
public sealed partial class Order : AggregateRoot
{
    public const int MaxLines = 100;
    public const int MaxQuantityPerLine = 1000;
    public const int MaxReviewCommentLength = 2000;

    public const int MaxTrackingLength = 100;

    /// <summary>The reason and history note of an order the system canceled because its payment never came.</summary>
    public const string PaymentNotReceivedReason = "payment not received in time";

    private readonly List<OrderLine> _lines = [];
    private readonly List<StatusChange> _history = [];

    private Order()
    {
        Id = OrderNumber = UserId = Currency = null!;
        ShippingAddress = null!;
    }

    public string Id { get; private set; }

    public string OrderNumber { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The customer's email from their token when they ordered; null when the token had none.</summary>
    public string? CustomerEmail { get; private set; }

    public OrderStatus Status { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public IReadOnlyList<StatusChange> History => _history;

    public ShippingAddress ShippingAddress { get; private set; }

    public ShippingMethod ShippingMethod { get; private set; }

    public PaymentMethod PaymentMethod { get; private set; }

    public PaymentStatus PaymentStatus { get; private set; }

    /// <summary>The payment provider holding the intent (<c>manual</c> by default).</summary>
    public string? PaymentProvider { get; private set; }

    public string? PaymentIntentId { get; private set; }

    /// <summary>Lets the customer's client complete the payment; shown only to the order's owner.</summary>
    public string? PaymentClientSecret { get; private set; }

    public string? TransactionId { get; private set; }

    public string? PaymentFailureReason { get; private set; }

    public string? RefundId { get; private set; }

    /// <summary>Assigned once, on the first invoice download: <c>FV-YYYY-NNNNNNNN</c>.</summary>
    public string? InvoiceNumber { get; private set; }

    public DateTimeOffset? InvoicedAt { get; private set; }

    public int? ReviewRating { get; private set; }

    public string? ReviewComment { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public bool HasReviewed => ReviewedAt is not null;

    public string Currency { get; private set; }

    public long Subtotal { get; private set; }

    public string? DiscountCode { get; private set; }

    public long DiscountAmount { get; private set; }

    /// <summary>The discount's terms when the order was placed (see <see cref="DiscountTerms"/>).</summary>
    public decimal? DiscountPercentOff { get; private set; }

    public long? DiscountAmountOff { get; private set; }

    /// <summary>What the order's discount takes off, as the code said when the order was placed; null without one.</summary>
    public DiscountTerms? DiscountTerms => DiscountCode is null ? null : new(DiscountPercentOff, DiscountAmountOff);

    public long Tax { get; private set; }

    /// <summary>The tax rate the order was priced with, in percent: invoices print it, whatever the shop's rate is by then.</summary>
    public decimal TaxRatePercent { get; private set; }

    public long ShippingCost { get; private set; }

    public long Total { get; private set; }

    public string? ShippingCarrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateOnly? EstimatedDeliveryDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public DateTimeOffset? ShippedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>When the order was canceled or rejected, and why.</summary>
    public DateTimeOffset? CanceledAt { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>Grows with every change; the optimistic concurrency token and the ETag.</summary>
    public int Version { get; private set; }

    /// <summary>What the admins' search matches, folded to lower case: the order number and every product name. Fixed
    /// at placement, as they are.</summary>
    public string SearchText { get; private set; } = "";

    public bool WasPaid => PaidAt is not null;

    /// <summary>Pending with its payment not (yet) succeeded: what holds stock without money, and what expires.</summary>
    public bool AwaitsPayment => Status == OrderStatus.Pending && PaymentStatus is PaymentStatus.RequiresPayment or PaymentStatus.Failed;

    public static Result<Order> Place(
        string id, OrderNumber number, string userId, string? customerEmail, IReadOnlyList<OrderLineDraft> lines,
        ShippingAddress shippingAddress, ShippingMethod shippingMethod, PaymentMethod paymentMethod, Discount? discount,
        OrderPricing pricing, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(shippingAddress);
        ArgumentNullException.ThrowIfNull(pricing);
        if (lines.Count == 0) return OrderErrors.NoItems;
        if (lines.Count > MaxLines) return OrderErrors.TooManyLines;
        if (lines.Any(l => l.Quantity is < 1 or > MaxQuantityPerLine))
            return OrderErrors.QuantityOutOfRange;
        if (lines.Any(l => l.UnitPrice is < 0 or > Money.MaxMinor))
            return OrderErrors.UnitPriceOutOfRange;
        if (lines.DistinctBy(l => l.ProductId).Count() != lines.Count)
            return OrderErrors.DuplicateProduct;

        var order = new Order
        {
            Id = id,
            OrderNumber = number.Value,
            UserId = userId,
            CustomerEmail = customerEmail,
            Status = OrderStatus.Pending,
            ShippingAddress = shippingAddress,
            ShippingMethod = shippingMethod,
            PaymentMethod = paymentMethod,
            PaymentStatus = PaymentStatus.RequiresPayment,
            Currency = pricing.Currency,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        order._lines.AddRange(lines.Select(l => new OrderLine(l.LineId, l.ProductId, l.ProductName, l.ProductImage, l.UnitPrice, l.Quantity)));
        order.SearchText = string.Join(' ', lines.Select(l => l.ProductName).Prepend(number.Value)).ToLowerInvariant();

        var priced = order.ApplyPricing(discount, pricing, now);
        if (!priced.IsSuccess) return priced.Failed();

        order._history.Add(new StatusChange(null, OrderStatus.Pending, now, userId, null));
        order.Raise(new OrderPlaced(order.Id, order.OrderNumber, userId, order.Total, order.Currency, now));
        return order;
    }

    public void AttachPaymentIntent(string provider, string intentId, string clientSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(intentId);
        if (PaymentIntentId is not null) throw new InvalidOperationException("The order already has a payment intent.");
        PaymentProvider = provider;
        PaymentIntentId = intentId;
        PaymentClientSecret = clientSecret;
    }

    /// <summary>Payment confirmed, by the provider (with its transaction id) or by an admin.</summary>
    public Result MarkPaid(Actor by, DateTimeOffset now, string? transactionId = null, string? note = null)
    {
        var moved = MoveTo(OrderStatus.Paid, by, note, now);
        if (!moved.IsSuccess) return moved;
        PaidAt = now;
        AmountPaid = Total;
        PaymentStatus = PaymentStatus.Succeeded;
        PaymentFailureReason = null;
        TransactionId = transactionId ?? TransactionId;
        return moved;
    }

    /// <summary>A failed attempt leaves the order pending so the customer can pay again.</summary>
    public Result RecordPaymentFailure(string? reason, DateTimeOffset now)
    {
        if (Status != OrderStatus.Pending)
            return OrderErrors.PaymentNotPending(Status);
        PaymentStatus = PaymentStatus.Failed;
        PaymentFailureReason = reason is { Length: > 500 } ? reason[..500] : reason;
        Touch(now);
        return Result.Success();
    }

    /// <summary>Money arrived for an order that was canceled or rejected meanwhile: it is recorded, never marks the
    /// order paid, and all of it is refunded at once (<see cref="RefundRequested"/>).</summary>
    public Result RecordLatePayment(string? transactionId, DateTimeOffset now)
    {
        if (Status is not (OrderStatus.Canceled or OrderStatus.Rejected))
            return OrderErrors.PaymentNotLate;
        if (HasPayment) return Result.Success();
        PaymentStatus = PaymentStatus.Succeeded;
        AmountPaid = Total;
        TransactionId = transactionId;
        Touch(now);
        RefundRemainder(now);
        return Result.Success();
    }

    /// <summary>True while a refund has been asked of the provider and not yet confirmed.</summary>
    public bool AwaitsRefund => PaymentStatus == PaymentStatus.RefundPending;

    /// <summary>The provider confirmed the refund of a whole order that ended before refunds had ids of their own (an
    /// order refunded by an older build); every other refund is confirmed by <see cref="ConfirmRefund"/>.</summary>
    public void MarkRefunded(string providerRefundId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerRefundId);
        if (!AwaitsRefund || _refunds.Count > 0) throw new InvalidOperationException("Only an order refunded by an older build is marked refunded.");
        PaymentStatus = PaymentStatus.Refunded;
        RefundId = providerRefundId;
        Touch(now);
    }

    /// <summary>Gives a paid order (including one canceled or rejected after payment) its invoice number, once.</summary>
    public Result AssignInvoiceNumber(string invoiceNumber, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invoiceNumber);
        if (!WasPaid) return OrderErrors.NotPaid(OrderNumber);
        // A save that is run again (a PostgreSQL serialization failure) takes its number again: the first one rolled back.
        if (InvoiceNumber is null) Version++;
        InvoiceNumber = invoiceNumber;
        InvoicedAt = now;
        return Result.Success();
    }

    /// <summary>Gives the order its invoice number inside the save of the change that refunds it, since a credit note
    /// corrects an invoice. Part of that change, so it adds no version of its own; an order paid only after it ended
    /// (a late payment) has money to refund, and so an invoice too.</summary>
    public Result AssignInvoiceNumberForRefund(string invoiceNumber, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(invoiceNumber);
        if (AmountPaid == 0) return OrderErrors.NotPaid(OrderNumber);
        InvoiceNumber = invoiceNumber;
        InvoicedAt = now;
        return Result.Success();
    }

    public Result Review(Actor by, int rating, string? comment, DateTimeOffset now)
    {
        if (by.Id != UserId) return OrderErrors.ReviewNotOwner;
        if (rating is < 1 or > 5) return OrderErrors.RatingOutOfRange;
        if (comment?.Length > MaxReviewCommentLength) return OrderErrors.ReviewCommentTooLong;
        if (Status != OrderStatus.Delivered)
            return OrderErrors.ReviewNotDelivered(Status);
        if (HasReviewed) return OrderErrors.ReviewExists;
        ReviewRating = rating;
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ReviewedAt = now;
        Touch(now);
        return Result.Success();
    }

    public Result StartPreparation(Actor by, string? note, DateTimeOffset now) =>
        MoveTo(OrderStatus.InPreparation, by, note, now);

    public Result MarkReady(Actor by, string? note, DateTimeOffset now) => MoveTo(OrderStatus.Ready, by, note, now);

    public Result Ship(Actor by, string? trackingNumber, string? carrier, DateOnly? estimatedDelivery, string? note, DateTimeOffset now)
    {
        if (!OrderTransitions.IsAllowed(Status, OrderStatus.Shipped)) return InvalidTransition(OrderStatus.Shipped);
        if (string.IsNullOrWhiteSpace(trackingNumber) || string.IsNullOrWhiteSpace(carrier)) return OrderErrors.TrackingRequired;
        bool trackingTooLong = trackingNumber.Trim().Length > MaxTrackingLength, carrierTooLong = carrier.Trim().Length > MaxTrackingLength;
        if (trackingTooLong || carrierTooLong) return OrderErrors.TrackingTooLong(trackingTooLong, carrierTooLong);
        if (!by.IsAdmin) return OrderErrors.StatusChangeForbidden;
        if (note?.Length > OrderErrors.MaxReasonLength) return OrderErrors.NoteTooLong;

        // One shipment of every unit not shipped yet, which moves the order to shipped.
        AddShipment(by, Unshipped(), carrier.Trim(), trackingNumber.Trim(), null, note, estimatedDelivery, now);
        return Result.Success();
    }

    public Result MarkDelivered(Actor by, string? note, DateTimeOffset now)
    {
        if (Status == OrderStatus.Ready && ShippingMethod != ShippingMethod.Pickup) return OrderErrors.PickupOnly;

        var handedOver = Status == OrderStatus.Ready;
        var moved = MoveTo(OrderStatus.Delivered, by, note, now);
        if (!moved.IsSuccess) return moved;
        DeliveredAt = now;
        foreach (var shipment in _shipments.Where(s => s.Status == ShipmentStatus.Shipped))
        {
            Deliver(shipment, now);
            Raise(new ShipmentUpdated(Id, OrderNumber, shipment.Id, now));
        }

        // Units shipped by an older build have no shipment; a pickup order's are handed over.
        foreach (var line in _lines) line.Deliver(line.Shipped - line.Delivered);
        if (handedOver) foreach (var line in _lines) line.HandOver();
        return moved;
    }

    /// <summary>Cancels on the customer's or an admin's request. The caller returns the stock and releases the
    /// discount; a payment taken is refunded through <see cref="RefundRequested"/>.</summary>
    public Result Cancel(Actor by, string? reason, DateTimeOffset now)
    {
        if (!by.IsAdmin && by.Id != UserId) return OrderErrors.CancelForbidden;
        if (reason?.Length > OrderErrors.MaxReasonLength) return OrderErrors.ReasonTooLong;
        return End(OrderStatus.Canceled, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
    }

    /// <summary>The shop refuses the order; like <see cref="Cancel"/> for stock, discount and refund.</summary>
    public Result Reject(Actor by, string? note, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(note)) return OrderErrors.NoteRequired;
        if (note.Length > OrderErrors.MaxReasonLength) return OrderErrors.NoteTooLong;
        return End(OrderStatus.Rejected, by, note.Trim(), now);
    }

    /// <summary>The system cancels an order whose payment did not arrive within <paramref name="expiresAfter"/> of its
    /// placement; like <see cref="Cancel"/> for stock, discount and the payment intent. Refused for an order that is no
    /// longer awaiting payment (paid, or ended, meanwhile) or is not yet that old.</summary>
    public Result ExpireUnpaid(TimeSpan expiresAfter, DateTimeOffset now)
    {
        if (!AwaitsPayment) return OrderErrors.NotAwaitingPayment(Status, PaymentStatus);
        if (expiresAfter <= TimeSpan.Zero || now < CreatedAt + expiresAfter) return OrderErrors.NotExpiredYet(CreatedAt + expiresAfter);
        return End(OrderStatus.Canceled, Actor.System, PaymentNotReceivedReason, now);
    }

    private Result End(OrderStatus target, Actor by, string? reason, DateTimeOffset now)
    {
        var unpaid = AwaitsPayment;
        var moved = MoveTo(target, by, reason, now);
        if (!moved.IsSuccess) return moved;
        CanceledAt = now;
        CancelReason = reason;
        foreach (var line in _lines) line.CancelUnshipped();
        RefundRemainder(now);
        if (unpaid) RequestIntentCancel(now);
        return moved;
    }

    // An ended order has no live payment: the intent it never paid is canceled at the provider from the outbox, after the
    // change that ended the order commits.
    private void RequestIntentCancel(DateTimeOffset now)
    {
        if (PaymentIntentId is null || PaymentProvider is null) return;
        Raise(new PaymentIntentCancelRequested(Id, OrderNumber, PaymentProvider, PaymentIntentId, now));
    }

    private Result ApplyPricing(Discount? discount, OrderPricing pricing, DateTimeOffset now)
    {
        if (discount is not null)
        {
            var usable = discount.CheckUsable(now);
            if (!usable.IsSuccess) return usable;
            DiscountCode = discount.Code;
            DiscountPercentOff = discount.Terms.PercentOff;
            DiscountAmountOff = discount.Terms.AmountOff;
        }

        TaxRatePercent = pricing.TaxRatePercent;
        ShippingCost = pricing.ShippingCostFor(ShippingMethod);
        Reprice();
        return Result.Success();
    }

    // Subtotal, discount, tax and total from the lines, by the order's own discount terms, tax rate and shipping charge.
    private void Reprice() => (Subtotal, DiscountAmount, Tax, Total) = PriceOf(_lines.Select(l => l.LineTotal));

    private (long Subtotal, long DiscountAmount, long Tax, long Total) PriceOf(IEnumerable<long> lineTotals)
    {
        var subtotal = lineTotals.Aggregate(Money.Zero(Currency), (sum, total) => sum + new Money(total, Currency));
        var discountAmount = DiscountTerms?.AmountOffFor(subtotal) ?? Money.Zero(Currency);
        var taxable = subtotal - discountAmount;
        var tax = taxable.Percent(TaxRatePercent);
        return (subtotal.Minor, discountAmount.Minor, tax.Minor, (taxable + tax + new Money(ShippingCost, Currency)).Minor);
    }

    private Result MoveTo(OrderStatus target, Actor by, string? note, DateTimeOffset now)
    {
        if (!OrderTransitions.IsAllowed(Status, target)) return InvalidTransition(target);
        if (!by.IsAdmin && target != OrderStatus.Canceled)
            return OrderErrors.StatusChangeForbidden;
        if (note?.Length > OrderErrors.MaxReasonLength) return OrderErrors.NoteTooLong;

        var from = Status;
        _history.Add(new StatusChange(from, target, now, by.Id, note));
        Status = target;
        Touch(now);
        Raise(new OrderStatusChanged(Id, OrderNumber, from, target, by.Id, note, now));
        return Result.Success();
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    public Result InvalidTransition(OrderStatus target) =>
        OrderErrors.InvalidTransition(Status, target, OrderTransitions.From(Status));
}
