using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A webhook receiver that accepts every connection on 127.0.0.1 and never answers: the socket stays open
/// until the client gives up, as a hung server or a black-holing proxy behaves.</summary>
public sealed class SilentReceiver : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<Socket> _held = [];
    private readonly CancellationTokenSource _stop = new();

    private SilentReceiver()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook";

    /// <summary>How many connections it has taken (and is holding).</summary>
    public int Accepted => _held.Count;

    public static SilentReceiver Start() => new();

    private async Task AcceptAsync()
    {
        try
        {
            while (true) _held.Add(await _listener.AcceptSocketAsync(_stop.Token));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var socket in _held) socket.Dispose();
        _stop.Dispose();
    }
}
