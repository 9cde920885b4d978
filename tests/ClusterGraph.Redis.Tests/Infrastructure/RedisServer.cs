using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace ClusterGraph.Redis.Tests.Infrastructure;

/// <summary>
/// A real redis-server on a free loopback port with its own temp directory, no persistence.
/// Stopped by PID (SIGKILL) on <see cref="Kill"/> and <see cref="Dispose"/>; <see cref="Restart"/>
/// brings it back on the same port.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly string[] _extraArguments;
    private readonly string _directory;
    private readonly bool _tls;
    private readonly string? _thumbprint;
    private Process? _process;

    private RedisServer(string[] extraArguments, Func<string, string[]>? tlsArguments = null, string? thumbprint = null)
    {
        _thumbprint = thumbprint;
        _directory = System.IO.Directory.CreateTempSubdirectory("cg-redis-").FullName;
        _tls = tlsArguments is not null;
        _extraArguments = tlsArguments is null ? extraArguments : [.. tlsArguments(_directory), .. extraArguments];
        Port = FreePort();
        Launch();
    }

    public int Port { get; }

    public string DataDirectory => _directory;

    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>Starts a server; <paramref name="extraArguments"/> are config directives as command-line flags.</summary>
    public static RedisServer Start(params string[] extraArguments) => new(extraArguments);

    /// <summary>Starts a TLS-only server; <paramref name="writeCertificates"/> writes PEM files into the data directory and returns the TLS flags.</summary>
    public static RedisServer StartTls(Func<string, string[]> writeCertificates, string thumbprint) => new([], writeCertificates, thumbprint);

    public RedisOptions Options(Action<RedisOptions>? configure = null)
    {
        var options = new RedisOptions
        {
            Host = "127.0.0.1",
            Port = Port,
            ConnectTimeout = TimeSpan.FromSeconds(5),
            CommandTimeout = TimeSpan.FromSeconds(10),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(300),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>SIGKILL by PID and wait for the process to be gone.</summary>
    public void Kill()
    {
        Process? process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            process.Kill();
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        process.Dispose();
    }

    public void Restart()
    {
        Kill();
        Launch();
    }

    public void Dispose()
    {
        Kill();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp directory.
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindExecutable()
    {
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(folder, "redis-server");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("redis-server is not on PATH; install it with `apt-get install -y redis-server` (test.sh does this in CI).");
    }

    private void Launch()
    {
        var start = new ProcessStartInfo(FindExecutable()) { UseShellExecute = false };
        string port = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (string argument in (string[])
            [.. _tls ? ["--port", "0", "--tls-port", port] : (string[])["--port", port], "--bind", "127.0.0.1", "--dir", _directory,
             "--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", Path.Combine(_directory, "redis.log")])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string argument in _extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        WaitUntilAnswering();
    }

    // Polls with a raw PING until the server answers (+PONG, or -NOAUTH when a password is required).
    private void WaitUntilAnswering()
    {
        var deadline = Stopwatch.StartNew();
        Exception? last = null;
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_process is null || _process.HasExited)
            {
                string log = File.Exists(Path.Combine(_directory, "redis.log")) ? File.ReadAllText(Path.Combine(_directory, "redis.log")) : "";
                throw new InvalidOperationException($"redis-server exited at start: {log}");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                Stream stream = client.GetStream();
                if (_tls)
                {
                    var tls = new SslStream(stream, leaveInnerStreamOpen: false, (_, certificate, _, _) =>
                        certificate is not null && new System.Security.Cryptography.X509Certificates.X509Certificate2(certificate).Thumbprint == _thumbprint);
                    tls.AuthenticateAsClient("localhost");
                    stream = tls;
                }

                stream.Write("PING\r\n"u8);
                byte[] reply = new byte[64];
                int read = stream.Read(reply);
                string text = Encoding.ASCII.GetString(reply, 0, read);
                if (text.StartsWith("+PONG", StringComparison.Ordinal) || text.StartsWith("-NOAUTH", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is SocketException or IOException or System.Security.Authentication.AuthenticationException)
            {
                last = ex;
            }

            Thread.Sleep(20);
        }

        throw new InvalidOperationException($"redis-server on port {Port} did not answer within 15 s.", last);
    }
}
