using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Orders.Application.Common;
using Orders.Application.Webhooks;

namespace Orders.Infrastructure.Webhooks;

/// <summary>POSTs signed webhook bodies. One pooled HttpClient for the process; the connect step refuses private
/// addresses (unless allowed), whatever the DNS answer was when the subscription was made.</summary>
public sealed class WebhookSender : IDisposable
{
    private readonly HttpClient _client;

    public WebhookSender(WebhookOptions options)
    {
        _client = new HttpClient(CreateHandler(options)) { Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds) };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Orders-Webhooks/1.0");
    }

    /// <summary>The delivery handler: no redirects, and no proxy, since through HTTP(S)_PROXY the connect-time check
    /// would judge the proxy's address while the proxy reaches whatever the URL names.</summary>
    public static SocketsHttpHandler CreateHandler(WebhookOptions options) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectCallback = async (context, ct) =>
        {
            var host = context.DnsEndPoint.Host;
            IPAddress[] addresses;
            try
            {
                addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
            }
            catch (ArgumentException ex)
            {
                throw new HttpRequestException($"The host name cannot be resolved: {ex.Message}", ex);
            }

            var allowed = addresses.Where(a => options.AllowPrivateTargets || !PrivateAddresses.Contains(a)).ToArray();
            if (allowed.Length == 0) throw new HttpRequestException($"{host} resolves only to private addresses.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Sends once; returns the receiver's status code (null when none came) and the time taken.</summary>
    public async Task<(int? StatusCode, TimeSpan Duration, string? Error)> SendAsync(
        string url, string body, string secret, DateTimeOffset now, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Sign(body, secret, now));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            return ((int)response.StatusCode, Stopwatch.GetElapsedTime(started), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            var error = ex is TaskCanceledException ? $"No answer within {_client.Timeout.TotalSeconds:0} s." : ex.Message;
            return (null, Stopwatch.GetElapsedTime(started), error);
        }
    }

    public void Dispose() => _client.Dispose();
}
