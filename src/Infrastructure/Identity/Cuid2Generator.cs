using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Orders.Application.Common;

namespace Orders.Infrastructure.Identity;

/// <summary>CUID2 ids: a random lowercase letter, then 23 base-36 characters of a hash of the time, fresh random
/// bytes from a cryptographic source, a counter and this process's fingerprint. Safe to share across threads.</summary>
public sealed class Cuid2Generator : IIdGenerator
{
    public const int Length = 24;
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
    private const int EntropyBytes = 32;

    private static readonly string Fingerprint = CreateFingerprint();
    private long _counter = RandomNumberGenerator.GetInt32(int.MaxValue);

    public string NewId()
    {
        Span<byte> entropy = stackalloc byte[EntropyBytes];
        RandomNumberGenerator.Fill(entropy);
        var counter = Interlocked.Increment(ref _counter);
        var input = string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}{Convert.ToHexString(entropy)}{counter}{Fingerprint}");
        Span<byte> hash = stackalloc byte[64];
        if (SHA3_512.IsSupported) SHA3_512.HashData(Encoding.UTF8.GetBytes(input), hash);
        else SHA512.HashData(Encoding.UTF8.GetBytes(input), hash);

        // 128 bits of the hash hold the 23 base-36 characters we need (36^23 < 2^128).
        var value = new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
        Span<char> id = stackalloc char[Length];
        id[0] = Alphabet[10 + RandomNumberGenerator.GetInt32(26)];
        for (var i = Length - 1; i > 0; i--)
        {
            id[i] = Alphabet[(int)(value % 36)];
            value /= 36;
        }

        return new string(id);
    }

    private static string CreateFingerprint()
    {
        var source = $"{Environment.MachineName}{Environment.ProcessId}{Stopwatch.GetTimestamp()}{Convert.ToHexString(RandomNumberGenerator.GetBytes(32))}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
    }
}
