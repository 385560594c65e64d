using System.Diagnostics;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A built host of this solution (<c>Orders.WebApi.dll</c>, <c>Orders.Worker.dll</c>) run by the dotnet host as
/// a child process, configured only through environment variables, as an operator would run it. Its stdout and stderr
/// are kept (the last lines) and written to the test output on dispose, which xunit shows for a failed test; dispose
/// always kills the process.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private const int KeptLineLength = 4000;

    private readonly Process _process;
    private readonly ITestOutputHelper _output;
    private readonly string _name;
    private readonly Queue<string> _lines = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _watched = new(StringComparer.Ordinal);

    private ChildProcess(Process process, ITestOutputHelper output, string name)
    {
        _process = process;
        _output = output;
        _name = name;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The operating system's id of the process: what its outbox claims are signed with.</summary>
    public int Id => _process.Id;

    /// <summary>The exit code, once <see cref="HasExited"/>.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>Orders.<paramref name="project"/>.dll</c> with <paramref name="arguments"/> and
    /// <paramref name="settings"/> (configuration keys with ':' as in appsettings, passed as environment variables with
    /// '__').</summary>
    public static ChildProcess Start(string project, IReadOnlyDictionary<string, string?> settings, ITestOutputHelper output, string name,
        params string[] arguments)
    {
        var dll = BuiltDll(project);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName} {dll}.");
        var child = new ChildProcess(process, output, name);
        process.OutputDataReceived += (_, e) => child.Record(e.Data);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits for the process to end by itself within <paramref name="timeout"/> and returns its exit code, with
    /// everything it wrote read.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{_name} did not exit within {timeout}. Output:\n{Output}");
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL on Linux: no shutdown hooks, no flushing, no graceful drain of work in flight.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>From now on, counts the lines that contain <paramref name="fragment"/> (<see cref="Seen"/>); unlike
    /// <see cref="Output"/>, which keeps only the last lines, the count covers everything written after this call.</summary>
    public void Watch(string fragment) => _watched.TryAdd(fragment, 0);

    /// <summary>How many lines containing a <see cref="Watch"/>ed fragment the process wrote.</summary>
    public int Seen(string fragment) => _watched.GetValueOrDefault(fragment);

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
            _output.WriteLine($"--- {_name} exited with {(_process.HasExited ? _process.ExitCode : -1)}; its last output:\n{Output}");
        }
        catch (InvalidOperationException)
        {
            // The test is over and its output helper closed.
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is null) return;
        foreach (var fragment in _watched.Keys)
            if (line.Contains(fragment, StringComparison.Ordinal)) _watched.AddOrUpdate(fragment, 1, (_, n) => n + 1);
        if (line.Length > KeptLineLength) line = line[..KeptLineLength] + " […]";
        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > KeptLines) _lines.Dequeue();
        }
    }

    /// <summary>The host as built beside this test assembly (a project reference copies it, with its runtimeconfig and
    /// deps), else the project's own output of the same configuration (a reference that only orders the build).</summary>
    private static string BuiltDll(string project)
    {
        var file = $"Orders.{project}.dll";
        var beside = Path.Combine(AppContext.BaseDirectory, file);
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json"))) return beside;

        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Orders.sln"))) directory = directory.Parent;
        if (directory is null) throw new InvalidOperationException($"{file} is not beside {AppContext.BaseDirectory} and no Orders.sln is above it.");
        // bin/<Configuration>/<tfm>/ of the tests maps onto the same folders of the host's project.
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var built = Path.Combine(directory.FullName, "src", project, "bin", configuration, tfm, file);
        return File.Exists(built) ? built : throw new InvalidOperationException($"Build the solution first: {built} is missing.");
    }

    /// <summary>The dotnet host running these tests (the SDK exports it), else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
