using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The built API (<c>Orders.WebApi.dll</c>) as a child process on a free port of 127.0.0.1, configured only
/// through environment variables, as an operator would run it. Unlike the in-process test host it can be killed with
/// SIGKILL. Its stdout and stderr are kept (the last lines) and written to the test output on dispose, which xunit shows
/// for a failed test; dispose always kills the process.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private const int KeptLineLength = 4000;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ITestOutputHelper _output;
    private readonly string _name;
    private readonly Queue<string> _lines = new();

    private ApiProcess(Process process, ITestOutputHelper output, string name, Uri baseAddress)
    {
        _process = process;
        _output = output;
        _name = name;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the API with <paramref name="settings"/> (configuration keys with ':' as in appsettings, passed
    /// as environment variables with '__') and returns once <c>/health/ready</c> answers 200.</summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, ITestOutputHelper output, string name = "api")
    {
        var dll = WebApiDll();
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var arg in new[] { dll, "--urls", baseAddress.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName} {dll}.");
        var api = new ApiProcess(process, output, name, baseAddress);
        process.OutputDataReceived += (_, e) => api.Record(e.Data);
        process.ErrorDataReceived += (_, e) => api.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await api.WaitUntilReadyAsync();
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
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>The last lines the process wrote to stdout and stderr.</summary>
    public string Output
    {
        get
        {
            lock (_lines) return string.Join('\n', _lines);
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        try
        {
            _output.WriteLine($"--- {_name} ({BaseAddress}) exited with {(_process.HasExited ? _process.ExitCode : -1)}; its last output:\n{Output}");
        }
        catch (InvalidOperationException)
        {
            // The test is over and its output helper closed.
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.TrueAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    _process.WaitForExit();
                    throw new InvalidOperationException($"The API ({_name}) exited with code {_process.ExitCode} while starting. Output:\n{Output}");
                }

                try
                {
                    using var response = await probe.GetAsync("/health/ready");
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return false; // not listening yet
                }
            },
            StartTimeout,
            () => $"the API ({_name}) ready at {BaseAddress}health/ready. Output:\n{Output}");
    }

    private void Record(string? line)
    {
        if (line is null) return;
        if (line.Length > KeptLineLength) line = line[..KeptLineLength] + " […]";
        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines) _lines.Dequeue();
        }
    }

    /// <summary>The API as built beside this test assembly (the project reference copies it, with its runtimeconfig and
    /// deps), else the WebApi project's own output of the same configuration.</summary>
    private static string WebApiDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "Orders.WebApi.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json"))) return beside;

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orders.sln"))) directory = directory.Parent;
        if (directory is null) throw new InvalidOperationException($"Orders.WebApi.dll is not beside {AppContext.BaseDirectory} and no Orders.sln is above it.");
        // bin/<Configuration>/<tfm>/ of the tests maps onto the same folders of the WebApi project.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var built = Path.Combine(directory.FullName, "src", "WebApi", "bin", configuration, tfm, "Orders.WebApi.dll");
        return File.Exists(built) ? built : throw new InvalidOperationException($"Build the solution first: {built} is missing.");
    }

    /// <summary>The dotnet host running these tests (the SDK exports it), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
