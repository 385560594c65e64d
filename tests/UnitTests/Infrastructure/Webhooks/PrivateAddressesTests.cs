using System.Net;
using Orders.Infrastructure.Webhooks;

namespace Orders.UnitTests.Infrastructure.Webhooks;

public sealed class PrivateAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]      // NAT64 well-known prefix, 169.254.169.254
    [InlineData("64:ff9b::808:808")]        // even a public IPv4 behind it: the gateway, not we, would pick the target
    [InlineData("64:ff9b:1::a00:1")]        // NAT64 local-use prefix
    [InlineData("64:ff9b:1:ffff:ffff:ffff:ffff:ffff")]
    [InlineData("2002:7f00:1::")]           // 6to4 of 127.0.0.1
    [InlineData("2002:808:808::1")]
    [InlineData("::7f00:1")]                // IPv4-compatible 127.0.0.1
    [InlineData("::a9fe:a9fe")]
    [InlineData("::808:808")]
    public void Contains_RefusedRanges_IsTrue(string address) =>
        PrivateAddresses.Contains(IPAddress.Parse(address)).ShouldBeTrue();

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("64:ff9b:2::1")]            // just outside 64:ff9b:1::/48
    [InlineData("64:ff9b:0:0:0:1::1")]      // just outside 64:ff9b::/96
    [InlineData("2003::1")]
    [InlineData("::1:0:0:1")]               // outside ::/96
    [InlineData("::ffff:8.8.8.8")]
    public void Contains_PublicAddresses_IsFalse(string address) =>
        PrivateAddresses.Contains(IPAddress.Parse(address)).ShouldBeFalse();
}
