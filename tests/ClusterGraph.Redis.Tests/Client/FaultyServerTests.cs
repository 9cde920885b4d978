using System.Net.Sockets;
using System.Text;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Client;

/// <summary>The client against fake servers that stall, send garbage or go over limits.</summary>
public sealed class FaultyServerTests
{
    [Fact]
    public async Task A_server_that_never_answers_times_the_command_out()
    {
        await using var server = FakeServer.Silent();
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options(o => o.CommandTimeout = TimeSpan.FromMilliseconds(200)));

        var error = await Assert.ThrowsAsync<RedisTimeoutException>(() => client.GetAsync("k"));

        Assert.StartsWith($"No reply from 127.0.0.1:{server.Port} within 00:00:00.2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handshake_that_never_completes_is_a_connect_timeout()
    {
        await using var server = FakeServer.Silent();

        var error = await Assert.ThrowsAsync<RedisTimeoutException>(() => RedisClient.ConnectAsync(
            server.Options(o => { o.Protocol = RespProtocol.Resp3; o.ConnectTimeout = TimeSpan.FromMilliseconds(200); })));

        Assert.StartsWith("Connecting to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beyond_the_pending_bound_calls_fail_at_once_instead_of_queueing()
    {
        await using var server = FakeServer.Silent();
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options(o => o.MaxPendingCommands = 4));

        Task[] waiting = [.. Enumerable.Range(0, 4).Select(_ => client.GetAsync("k"))];
        Task<RespValue> overflow = client.ExecuteAsync(["GET", "k"]);

        Assert.True(overflow.IsCompleted);
        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => overflow);
        Assert.Contains("4 commands are already waiting", error.Message, StringComparison.Ordinal);
        Assert.All(waiting, t => Assert.False(t.IsCompleted));
    }

    [Fact]
    public async Task Hostile_nesting_drops_the_connection_with_a_protocol_error_and_the_client_reconnects()
    {
        byte[] hostile = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("*1\r\n", 100_000)));
        await using var server = FakeServer.ReplyingWith(hostile);
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options());

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => client.GetAsync("k"));

        var protocol = Assert.IsType<RedisProtocolException>(error.InnerException?.InnerException);
        Assert.Contains("nest deeper than the limit of 32", protocol.Message, StringComparison.Ordinal);
        await Poll.UntilAsync(() => server.AcceptedConnections >= 2 && client.IsConnected, "the client reconnected");
    }

    [Fact]
    public async Task An_oversized_bulk_reply_drops_the_connection_with_a_protocol_error()
    {
        await using var server = FakeServer.ReplyingWith("$5000\r\n"u8.ToArray());
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options(o => o.ReaderLimits = new RespReaderLimits { MaxBulkLength = 1024 }));

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => client.GetAsync("k"));

        Assert.Contains("BulkString of 5000 bytes exceeds the limit of 1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_nobody_asked_for_is_a_protocol_error()
    {
        await using var server = FakeServer.ReplyingWith("+OK\r\n+EXTRA\r\n"u8.ToArray());
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options());
        int before = server.AcceptedConnections;

        RespValue first = await client.ExecuteAsync(["PING"]);

        Assert.Equal("OK", first.AsString());
        await Poll.UntilAsync(() => server.AcceptedConnections > before, "the client dropped the connection and reconnected");
    }

    [Fact]
    public async Task A_malformed_reply_fails_the_waiting_command_and_never_crashes()
    {
        await using var server = FakeServer.ReplyingWith("$3\r\nabcXY"u8.ToArray());
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options());

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => client.GetAsync("k"));

        Assert.Contains("not followed by CRLF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_closes_the_connection_fails_the_waiting_command()
    {
        await using var server = new FakeServer(async (stream, stop) =>
        {
            await FakeServer.ReadSomeAsync(stream, stop);
            stream.Socket.Shutdown(SocketShutdown.Both);
        });
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options());

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => client.GetAsync("k"));

        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
    }
}
