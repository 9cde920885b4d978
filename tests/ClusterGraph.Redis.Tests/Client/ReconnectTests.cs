using System.Collections.Concurrent;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Client;

[Collection(ServerFaultCollection.Name)]
public sealed class ReconnectTests
{
    public static TheoryData<RespProtocol> Protocols => [RespProtocol.Resp2, RespProtocol.Resp3];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task After_a_sigkill_commands_fail_fast_and_succeed_again_once_the_server_is_back(RespProtocol protocol)
    {
        using RedisServer server = RedisServer.Start();
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options(o =>
        {
            o.Protocol = protocol;
            o.Database = 1;
            o.CommandTimeout = TimeSpan.FromSeconds(30);
        }));
        await client.SetAsync("before", "1");

        server.Kill();
        await Poll.UntilAsync(() => !client.IsConnected, "the client noticed the server is gone");

        // Fail fast: the call is already failed when it returns, with a connection error, not a timeout.
        for (int i = 0; i < 20; i++)
        {
            Task<RespValue> call = client.ExecuteAsync(["GET", "before"]);
            Assert.True(call.IsCompleted, "a call while disconnected did not fail at once");
            var error = await Assert.ThrowsAsync<RedisConnectionException>(() => call);
            Assert.Contains($"Not connected to 127.0.0.1:{server.Port}", error.Message, StringComparison.Ordinal);
        }

        server.Restart();
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    await client.PingAsync();
                    return true;
                }
                catch (RedisConnectionException)
                {
                    return false;
                }
            },
            "the client reconnected");

        // Same client object; the new server has no data (no persistence) and the database is selected again.
        Assert.Null(await client.GetAsync("before"));
        await client.SetAsync("after", "2");
        Assert.Equal("2", await client.GetStringAsync("after"));
        Assert.Contains(" db=1 ", (await client.ExecuteAsync(["CLIENT", "INFO"])).AsString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_in_flight_when_the_server_dies_fails_with_a_connection_error()
    {
        using RedisServer server = RedisServer.Start();
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options(o => o.CommandTimeout = TimeSpan.FromSeconds(30)));

        // BLPOP with no timeout blocks on the server until it dies.
        Task<RespValue> blocked = client.ExecuteAsync(["BLPOP", "nothing", "0"]);
        await using RedisClient observer = await RedisClient.ConnectAsync(server.Options());
        await Poll.UntilAsync(
            async () => (await observer.InfoAsync("clients")).Contains("blocked_clients:1", StringComparison.Ordinal),
            "the server holds the command");
        server.Kill();

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => blocked);
        Assert.Contains("closed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Subscriptions_are_restored_after_the_server_restarts(RespProtocol protocol)
    {
        using RedisServer server = RedisServer.Start();
        await using RedisClient client = await RedisClient.ConnectAsync(server.Options(o => o.Protocol = protocol));
        var received = new ConcurrentQueue<string>();
        int restored = 0;
        client.SubscriptionsRestored += (_, _) => Interlocked.Increment(ref restored);

        await using var subscription = await client.SubscribeAsync("versions", m => received.Enqueue(m.PayloadText));
        Assert.Equal(1, await client.PublishAsync("versions", "v1"));

        server.Restart();
        await Poll.UntilAsync(() => Volatile.Read(ref restored) == 1, "the subscriptions were restored");
        await Poll.UntilAsync(
            async () =>
            {
                try
                {
                    return await client.PublishAsync("versions", "v2") == 1;
                }
                catch (RedisConnectionException)
                {
                    return false;
                }
            },
            "a publish after the restart reached the subscriber");

        await Poll.UntilAsync(() => received.Contains("v2"), "the message after the restart arrived");
        Assert.Equal("v1", received.First());
    }

    [Fact]
    public async Task A_client_created_while_the_server_is_down_connects_and_subscribes_when_it_comes_up()
    {
        using RedisServer server = RedisServer.Start();
        server.Kill();
        await using var client = new RedisClient(server.Options());
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        await Assert.ThrowsAsync<RedisConnectionException>(() => client.GetAsync("k"));
        await using var subscription = await client.SubscribeAsync("late", m => received.TrySetResult(m.PayloadText));
        server.Restart();

        await Poll.UntilAsync(() => client.IsConnected, "the client connected");
        Assert.Null(await client.GetAsync("k"));
        await Poll.UntilAsync(async () => await client.PublishAsync("late", "hello") == 1, "the subscription was made");
        Assert.Equal("hello", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Connect_async_reports_a_refused_connection()
    {
        using RedisServer server = RedisServer.Start();
        server.Kill();

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisClient.ConnectAsync(server.Options()));

        Assert.StartsWith($"Could not connect to 127.0.0.1:{server.Port}", error.Message, StringComparison.Ordinal);
    }
}
