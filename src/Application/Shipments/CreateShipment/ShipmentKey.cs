using Orders.Application.Common.Idempotency;

namespace Orders.Application.Shipments.CreateShipment;

/// <summary>What an <c>Idempotency-Key</c> says about a shipment request: the shipment an earlier request with the same
/// key and body created (<see cref="EarlierShipmentId"/>), or that the key is free to record this one.</summary>
public sealed class ShipmentKey
{
    private readonly IIdempotencyStore _keys;
    private readonly string _scope;
    private readonly string _key;
    private readonly string _requestHash;
    private readonly IdempotencyRecord? _expired;

    internal ShipmentKey(IIdempotencyStore keys, string scope, string key, string requestHash, IdempotencyRecord? expired, string? earlierShipmentId)
    {
        (_keys, _scope, _key, _requestHash, _expired) = (keys, scope, key, requestHash, expired);
        EarlierShipmentId = earlierShipmentId;
    }

    public string? EarlierShipmentId { get; }

    /// <summary>Writes the key done, naming the shipment, in the save that creates it (its id fits the record's column:
    /// <c>sh_{orderId}_{n}</c>).</summary>
    public void Complete(string shipmentId, DateTimeOffset now)
    {
        if (EarlierShipmentId is not null) throw new InvalidOperationException("A key that names an earlier shipment is replayed, not completed.");
        var record = _expired;
        if (record is null)
        {
            record = IdempotencyRecord.Reserve(_scope, _key, _requestHash, shipmentId, now);
            _keys.Add(record);
        }
        else
        {
            record.Renew(_requestHash, shipmentId, now);
        }

        record.Complete();
    }
}
