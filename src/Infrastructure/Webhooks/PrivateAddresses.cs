using System.Net;
using System.Net.Sockets;

namespace Orders.Infrastructure.Webhooks;

/// <summary>Addresses a webhook must not reach from a server: loopback, private, link-local, shared and multicast
/// ranges, and the IPv6 forms that carry an IPv4 address a gateway would unwrap (NAT64, 6to4, IPv4-compatible), since
/// <c>64:ff9b::a9fe:a9fe</c> is 169.254.169.254 to a NAT64 gateway.</summary>
public static class PrivateAddresses
{
    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        return address.AddressFamily == AddressFamily.InterNetworkV6 ? IsRefusedV6(address) : IsRefusedV4(address.GetAddressBytes());
    }

    private static bool IsRefusedV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (b[0] & 0xFE) == 0xFC                                               // fc00::/7 unique local
            || b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0                       // ::/96 IPv4-compatible
            || b.AsSpan(0, 12).SequenceEqual(Nat64WellKnown)                       // 64:ff9b::/96
            || b.AsSpan(0, 6).SequenceEqual(Nat64Local)                            // 64:ff9b:1::/48
            || (b[0] == 0x20 && b[1] == 0x02);                                     // 2002::/16 6to4
    }

    private static ReadOnlySpan<byte> Nat64WellKnown => [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0];

    private static ReadOnlySpan<byte> Nat64Local => [0x00, 0x64, 0xFF, 0x9B, 0x00, 0x01];

    private static bool IsRefusedV4(byte[] b) => b[0] switch
    {
        0 or 10 or 127 => true,
        100 => b[1] is >= 64 and <= 127,
        169 => b[1] == 254,
        172 => b[1] is >= 16 and <= 31,
        192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
        198 => b[1] is 18 or 19,
        >= 224 => true,
        _ => false,
    };
}
