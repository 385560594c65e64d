using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A real SMTP server for tests: Debian's aiosmtpd on a free port of 127.0.0.1, storing every message it
/// accepts in a temporary Maildir. Like a real server it refuses some recipients: an address containing
/// <see cref="RefusedMarker"/> gets a permanent 550, one containing <see cref="DeferredMarker"/> a temporary 451.
/// A missing python3 or aiosmtpd fails the test instead of skipping it: CI installs
/// them, and a silent skip would hide a broken sender.</summary>
public sealed class SmtpServer : IDisposable
{
    // Debian's interpreter, where python3-aiosmtpd is installed; the python3 first on PATH may be another one.
    private const string Python = "/usr/bin/python3";
    private const string InstallHint = "install it with: apt-get install -y python3-aiosmtpd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    /// <summary>aiosmtpd's Mailbox with a RCPT hook, loaded from the server's own directory.</summary>
    private const string HandlerModule = """
        from aiosmtpd.handlers import Mailbox


        class RefusingMailbox(Mailbox):
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if "reject" in address.lower():
                    return f"550 5.1.1 <{address}>: no such mailbox here"
                if "greylist" in address.lower():
                    return "451 4.7.1 Greylisted, please try again later"
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    public const string RefusedMarker = "reject";

    public const string DeferredMarker = "greylist";

    private readonly string _directory = Directory.CreateTempSubdirectory("orders-smtp-").FullName;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public SmtpServer()
    {
        File.WriteAllText(Path.Combine(_directory, "refusing_mailbox.py"), HandlerModule);
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public string Host => "127.0.0.1";

    /// <summary>Points an API's configuration at this server.</summary>
    public void Configure(IDictionary<string, string?> settings)
    {
        settings["Smtp:Host"] = Host;
        settings["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Where messages land; <c>new/</c> holds one file per message.</summary>
    public string MaildirPath => Path.Combine(_directory, "Maildir");

    /// <summary>Starts the server on <see cref="Port"/> (again, after <see cref="Stop"/>) and returns once it accepts
    /// connections. Messages received before a restart are kept.</summary>
    public void Start()
    {
        if (_process is { HasExited: false }) return;
        if (!File.Exists(Python))
            throw new InvalidOperationException($"{Python} is missing; the email tests send to a real SMTP server, {InstallHint}.");

        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment = { ["PYTHONPATH"] = _directory },
        };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"{Host}:{Port}", "-c", "refusing_mailbox.RefusingMailbox", MaildirPath })
            start.ArgumentList.Add(arg);

        lock (_output) _output.Clear();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Python}.");
        process.OutputDataReceived += (_, e) => Record(e.Data);
        process.ErrorDataReceived += (_, e) => Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        WaitUntilListening(process);
    }

    /// <summary>Kills the server: connections to <see cref="Port"/> are refused until <see cref="Start"/>.</summary>
    public void Stop()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message received so far that matches <paramref name="where"/> (all by default), oldest first,
    /// once there are at least <paramref name="count"/>; fails when they do not arrive within <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForMessagesAsync(int count, TimeSpan timeout, Func<ReceivedEmail, bool>? where = null)
    {
        List<ReceivedEmail> messages = [];
        await Eventually.TrueAsync(
            () =>
            {
                messages = [.. MessageFiles().Select(f => ReceivedEmail.Load(f.FullName)).Where(where ?? (_ => true))];
                return Task.FromResult(messages.Count >= count);
            },
            timeout,
            () => $"{count} message(s) in {MaildirPath}, found {messages.Count}. Server output:\n{Output}");
        return messages;
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still being written by a dying server is left for the OS to clean up.
        }
    }

    /// <summary>Finished messages: the Maildir writes each one in <c>tmp/</c> and moves it to <c>new/</c> (a mail
    /// client would then move it to <c>cur/</c>).</summary>
    private List<FileInfo> MessageFiles() =>
        [.. new[] { "new", "cur" }
            .Select(sub => new DirectoryInfo(Path.Combine(MaildirPath, sub)))
            .Where(d => d.Exists)
            .SelectMany(d => d.GetFiles())
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)];

    private void WaitUntilListening(Process process)
    {
        bool Listening()
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // flushes the redirected output
                var output = Output;
                var cause = output.Contains("No module named", StringComparison.Ordinal)
                    ? "a Python module is missing"
                    : $"it exited with code {process.ExitCode}";
                throw new InvalidOperationException(
                    $"The test SMTP server ({Python} -m aiosmtpd) did not start: {cause}; {InstallHint}. Output:\n{output}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }

        try
        {
            // Start() is synchronous (constructors call it); the wait never resumes on the test's context, so blocking is safe.
            Eventually.TrueAsync(() => Task.FromResult(Listening()), StartTimeout, () => $"the test SMTP server listening on {Host}:{Port}. Output:\n{Output}")
                .GetAwaiter().GetResult();
        }
        catch
        {
            Stop();
            throw;
        }
    }

    private string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>A port nobody listens on right now; the OS picks it, so parallel test classes do not collide.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
