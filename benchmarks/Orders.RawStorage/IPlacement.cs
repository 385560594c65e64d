namespace Orders.RawStorage;

/// <summary>One way of placing an order on one connection: the service's own unit of work (<see cref="OrderWriter"/>)
/// or the minimal durable one (<see cref="MinimalWriter"/>).</summary>
internal interface IPlacement : IAsyncDisposable
{
    /// <summary>False when a product ran out of stock (the transaction is rolled back, as the API answers 409).</summary>
    Task<bool> PlaceAsync(CancellationToken ct);
}
