namespace Orders.RawStorage;

/// <summary>Random 24-character lowercase ids, the shape of the API's CUID2 ids, without its generator's cost.</summary>
internal static class Ids
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string New() => string.Create(24, 0, static (span, _) =>
    {
        span[0] = Alphabet[Random.Shared.Next(26)];
        for (var i = 1; i < span.Length; i++) span[i] = Alphabet[Random.Shared.Next(Alphabet.Length)];
    });
}
