using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The built API (<c>Orders.WebApi.dll</c>) as a child process on a free port of 127.0.0.1 (see
/// <see cref="ChildProcess"/>). Unlike the in-process test host it can be killed with SIGKILL.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly ChildProcess _process;
    private readonly string _name;

    private ApiProcess(ChildProcess process, string name, Uri baseAddress)
    {
        _process = process;
        _name = name;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the API with <paramref name="settings"/> (configuration keys with ':' as in appsettings, passed
    /// as environment variables with '__') and returns once <paramref name="readyPath"/> (by default
    /// <c>/health/ready</c>) answers 200.</summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, ITestOutputHelper output, string name = "api",
        string readyPath = "/health/ready")
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var process = ChildProcess.Start("WebApi", settings, output, $"{name} ({baseAddress})", "--urls", baseAddress.ToString().TrimEnd('/'));
        var api = new ApiProcess(process, name, baseAddress);
        try
        {
            await api.WaitUntilReadyAsync(readyPath);
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }

        return api;
    }

    /// <summary>A client of this process, with a bearer token when one is given.</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient ClientFor(string userId, bool admin = false, string? email = null) =>
        Client(TestTokens.Create(userId, admin, email ?? $"{userId}@example.com"));

    /// <summary>SIGKILL on Linux: no shutdown hooks, no flushing, no graceful drain of requests in flight.</summary>
    public void Kill() => _process.Kill();

    /// <summary>The last lines the process wrote to stdout and stderr.</summary>
    public string Output => _process.Output;

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task WaitUntilReadyAsync(string readyPath)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    var code = await _process.WaitForExitAsync(TimeSpan.FromSeconds(10));
                    throw new InvalidOperationException($"The API ({_name}) exited with code {code} while starting. Output:\n{Output}");
                }

                try
                {
                    using var response = await probe.GetAsync(readyPath);
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return false; // not listening yet
                }
            },
            StartTimeout,
            () => $"the API ({_name}) answering 200 at {BaseAddress}{readyPath.TrimStart('/')}. Output:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
