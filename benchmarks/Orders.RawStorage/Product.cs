namespace Orders.RawStorage;

internal sealed record Product(string Id, string Name, long Price);
