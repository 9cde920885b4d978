using System.Net;
using System.Net.Sockets;
using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis.Tests.Infrastructure;

/// <summary>A loopback TCP server that plays a broken or hostile Redis, one handler call per accepted connection.</summary>
public sealed class FakeServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<NetworkStream, CancellationToken, Task> _handler;
    private readonly Task _acceptLoop;
    private int _accepted;

    public FakeServer(Func<NetworkStream, CancellationToken, Task> handler)
    {
        _handler = handler;
        _listener.Start();
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int AcceptedConnections => Volatile.Read(ref _accepted);

    public RedisOptions Options(Action<RedisOptions>? configure = null)
    {
        var options = new RedisOptions
        {
            Port = Port,
            Protocol = RespProtocol.Resp2,
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A server that waits for the first command, answers it with <paramref name="reply"/> and then stays silent.</summary>
    public static FakeServer ReplyingWith(byte[] reply) => new(async (stream, stop) =>
    {
        await ReadSomeAsync(stream, stop);
        await stream.WriteAsync(reply, stop);
        await Task.Delay(Timeout.Infinite, stop);
    });

    /// <summary>A server that accepts and never answers.</summary>
    public static FakeServer Silent() => new(static async (_, stop) => await Task.Delay(Timeout.Infinite, stop));

    /// <summary>Reads until the client sent some bytes (its first command), then returns.</summary>
    public static async Task ReadSomeAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[4096];
        await stream.ReadAtLeastAsync(buffer, 1, throwOnEndOfStream: false, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        var clients = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _accepted);
                clients.Add(Task.Run(async () =>
                {
                    using (client)
                    {
                        try
                        {
                            await _handler(client.GetStream(), _stop.Token);
                        }
                        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
                        {
                            // The client went away or the test ended.
                        }
                    }
                }));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(clients);
    }
}
