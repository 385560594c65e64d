using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A throw-away PostgreSQL cluster from the Debian binaries, started once per test run on a free port and
/// stopped when the run ends. Each test class makes its own database in it. A missing install fails the tests with the
/// command that fixes it: CI installs it, and a silent skip would hide the scale-out engine.</summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Instance = new(Start);
    private readonly string _directory;
    private readonly string _bin;

    private PostgresServer(string bin, string directory, int port)
    {
        _bin = bin;
        _directory = directory;
        Port = port;
    }

    public static PostgresServer Shared => Instance.Value;

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=40;Timeout=30";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"orders_{Guid.NewGuid():N}";
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return ConnectionString(name);
    }

    private static PostgresServer Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (bin is null) throw new InvalidOperationException("PostgreSQL is not installed; install it with: apt-get install -y postgresql");

        var directory = Directory.CreateTempSubdirectory("orders-pg-").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", $"-R postgres:postgres {directory}");
        var server = new PostgresServer(bin, directory, port);
        server.RunTool("initdb", $"-D {directory}/data -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync", asRoot);
        server.RunTool("pg_ctl", $"-D {directory}/data -l {directory}/server.log -w -t 60 " +
            $"-o \"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start", asRoot);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        return server;
    }

    private void Stop(bool asRoot)
    {
        try
        {
            RunTool("pg_ctl", $"-D {_directory}/data -m immediate stop", asRoot);
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // The run is over either way; a leftover temp directory is harmless.
        }
    }

    private void RunTool(string tool, string arguments, bool asRoot)
    {
        var path = Path.Combine(_bin, tool);
        if (asRoot) Run("runuser", $"-u postgres -- {path} {arguments}");
        else Run(path, arguments);
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
