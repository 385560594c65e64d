using System.Globalization;
using System.Text;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Domain.Orders;

/// <summary>Everything a verb may change on an order, written out so that two states compare as text: a refused verb must
/// leave it exactly as it was (the ledger, every shipment, return, refund and credit note, the payment, the version, the
/// history and the events raised).</summary>
internal static class OrderState
{
    public static string Of(Order o)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"status={o.Status} version={o.Version} updated={o.UpdatedAt:O} history={o.History.Count} events={o.DomainEvents.Count}");
        s.AppendLine(CultureInfo.InvariantCulture, $"payment={o.PaymentStatus} paid={o.AmountPaid} refundId={o.RefundId} shippedAt={o.ShippedAt:O} deliveredAt={o.DeliveredAt:O} canceledAt={o.CanceledAt:O}");
        s.AppendLine(CultureInfo.InvariantCulture, $"tracking={o.TrackingNumber}/{o.ShippingCarrier} estimated={o.EstimatedDeliveryDate}");
        foreach (var l in o.Lines)
            s.AppendLine(CultureInfo.InvariantCulture, $"line {l.Id}: {l.Quantity} canceled={l.Canceled} shipped={l.Shipped} delivered={l.Delivered} returned={l.Returned} refunded={l.Refunded}");
        foreach (var sh in o.Shipments)
            s.AppendLine(CultureInfo.InvariantCulture, $"shipment {sh.Id}: {sh.Status} {sh.Carrier}/{sh.TrackingNumber}/{sh.TrackingUrl} {sh.DeliveredAt:O} [{Units(sh.Lines)}]");
        foreach (var r in o.Returns)
            s.AppendLine(CultureInfo.InvariantCulture, $"return {r.Id}: {r.Status} note={r.Note} updated={r.UpdatedAt:O} [{string.Join(' ', r.Lines.Select(l => $"{l.OrderLineId}:{l.Quantity}/{l.Restocked}/{l.Damaged}/{l.Missing}"))}]");
        foreach (var f in o.Refunds)
            s.AppendLine(CultureInfo.InvariantCulture, $"refund {f.Id}: {f.Status} {f.Amount} shipping={f.Shipping} adj={f.Adjustment} attempt={f.Attempt} provider={f.ProviderRefundId} failure={f.FailureReason} note={f.CreditNoteNumber} updated={f.UpdatedAt:O} [{string.Join(' ', f.Lines.Select(l => $"{l.OrderLineId}:{l.Quantity}={l.Amount}"))}]");
        foreach (var c in o.CreditNotes)
            s.AppendLine(CultureInfo.InvariantCulture, $"credit note {c.Number}: {c.RefundId} {c.Amount}");
        return s.ToString();
    }

    private static string Units(IEnumerable<LineQuantity> lines) => string.Join(' ', lines.Select(l => $"{l.OrderLineId}:{l.Quantity}"));
}
