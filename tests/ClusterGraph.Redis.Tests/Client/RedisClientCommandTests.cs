using System.Text;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Client;

[Collection(SharedRedisCollection.Name)]
public sealed class RedisClientCommandTests(SharedRedisServer shared)
{
    public static TheoryData<RespProtocol> Protocols => [RespProtocol.Resp2, RespProtocol.Resp3];

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Set_then_get_returns_the_same_bytes(RespProtocol protocol)
    {
        await using RedisClient client = await Connect(protocol);
        string key = Key();
        byte[] value = [0, 13, 10, 255, .. Encoding.UTF8.GetBytes("클러스터")];

        Assert.True(await client.SetAsync(key, value));

        Assert.Equal(value, await client.GetAsync(key));
        Assert.Null(await client.GetAsync(Key()));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Set_honours_nx_and_xx(RespProtocol protocol)
    {
        await using RedisClient client = await Connect(protocol);
        string key = Key();

        Assert.False(await client.SetAsync(key, "x", condition: SetCondition.IfExists));
        Assert.True(await client.SetAsync(key, "first", condition: SetCondition.IfNotExists));
        Assert.False(await client.SetAsync(key, "second", condition: SetCondition.IfNotExists));
        Assert.Equal("first", await client.GetStringAsync(key));
        Assert.True(await client.SetAsync(key, "third", condition: SetCondition.IfExists));
        Assert.Equal("third", await client.GetStringAsync(key));
    }

    [Fact]
    public async Task Set_with_expiry_sets_a_millisecond_ttl()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp3);
        string key = Key();

        await client.SetAsync(key, "v", TimeSpan.FromSeconds(30), SetCondition.IfNotExists);
        long ttl = (await client.ExecuteAsync(["PTTL", key])).Integer;

        Assert.InRange(ttl, 1, 30_000);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.SetAsync(key, "v", TimeSpan.Zero));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Mget_returns_values_in_key_order_with_nulls_for_missing(RespProtocol protocol)
    {
        await using RedisClient client = await Connect(protocol);
        string a = Key(), b = Key(), missing = Key();
        await client.SetAsync(a, "A");
        await client.SetAsync(b, "B");

        byte[]?[] values = await client.MGetAsync([b, missing, a]);

        Assert.Equal(3, values.Length);
        Assert.Equal("B"u8.ToArray(), values[0]);
        Assert.Null(values[1]);
        Assert.Equal("A"u8.ToArray(), values[2]);
    }

    [Fact]
    public async Task Del_and_unlink_count_the_keys_that_existed()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp3);
        string a = Key(), b = Key(), c = Key();
        await client.SetAsync(a, "1");
        await client.SetAsync(b, "2");
        await client.SetAsync(c, "3");

        Assert.Equal(2, await client.DelAsync(a, b, Key()));
        Assert.Equal(1, await client.UnlinkAsync(c));
        Assert.Equal(0, await client.UnlinkAsync(c));
        Assert.Null(await client.GetAsync(a));
    }

    [Fact]
    public async Task Expire_and_pexpire_set_ttls_and_report_missing_keys()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp2);
        string key = Key();
        await client.SetAsync(key, "v");

        Assert.True(await client.ExpireAsync(key, 100));
        Assert.InRange((await client.ExecuteAsync(["TTL", key])).Integer, 1, 100);
        Assert.True(await client.PExpireAsync(key, TimeSpan.FromMilliseconds(5_500)));
        Assert.InRange((await client.ExecuteAsync(["PTTL", key])).Integer, 1, 5_500);
        Assert.False(await client.ExpireAsync(Key(), 10));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Ping_info_and_publish_answer(RespProtocol protocol)
    {
        await using RedisClient client = await Connect(protocol);

        await client.PingAsync();
        string info = await client.InfoAsync("server");

        Assert.Contains("redis_version:", info, StringComparison.Ordinal);
        Assert.Equal(0, await client.PublishAsync("nobody-listens-" + Guid.NewGuid(), "hi"));
    }

    [Theory]
    [MemberData(nameof(Protocols))]
    public async Task Server_errors_carry_the_servers_message(RespProtocol protocol)
    {
        await using RedisClient client = await Connect(protocol);
        string key = Key();
        await client.SetAsync(key, "text");

        var wrongType = await Assert.ThrowsAsync<RedisServerException>(() => client.ExecuteAsync(["LPUSH", key, "x"]));
        var unknown = await Assert.ThrowsAsync<RedisServerException>(() => client.ExecuteAsync(["NOSUCHCOMMAND"]));

        Assert.Equal("WRONGTYPE", wrongType.ErrorCode);
        Assert.Equal("WRONGTYPE Operation against a key holding the wrong kind of value", wrongType.Message);
        Assert.Equal("ERR", unknown.ErrorCode);
        Assert.StartsWith("ERR unknown command 'NOSUCHCOMMAND'", unknown.Message, StringComparison.Ordinal);

        // The connection is still in step after errors.
        Assert.Equal("text", await client.GetStringAsync(key));
    }

    [Fact]
    public async Task Resp3_replies_use_resp3_types()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp3);
        string key = Key();
        await client.ExecuteAsync(["HSET", key, "f", "v"]);
        await client.ExecuteAsync(["ZADD", key + "z", "1.5", "m"]);

        RespValue map = await client.ExecuteAsync(["HGETALL", key]);
        RespValue score = await client.ExecuteAsync(["ZSCORE", key + "z", "m"]);
        RespValue missing = await client.ExecuteAsync(["GET", Key()]);

        Assert.Equal(RespType.Map, map.Type);
        Assert.Equal("f", map.Elements[0].AsString());
        Assert.Equal("v", map.Elements[1].AsString());
        Assert.Equal(RespType.Double, score.Type);
        Assert.Equal(1.5, score.Double);
        Assert.Equal(RespType.Null, missing.Type);
    }

    [Fact]
    public async Task Scripts_load_run_and_reload_after_a_flush()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp3);
        var script = new RedisScript("return redis.call('INCRBY', KEYS[1], ARGV[1])");
        string key = Key();

        Assert.Equal(5, (await script.EvaluateAsync(client, [key], [5])).Integer);
        await client.ExecuteAsync(["SCRIPT", "FLUSH"]);
        Assert.Equal(12, (await script.EvaluateAsync(client, [key], [7])).Integer);

        var missing = await Assert.ThrowsAsync<RedisServerException>(() => client.EvalShaAsync("0000000000000000000000000000000000000000", [key], []));
        Assert.Equal("NOSCRIPT", missing.ErrorCode);
    }

    [Fact]
    public async Task Select_uses_the_configured_database()
    {
        await using RedisClient db3 = await RedisClient.ConnectAsync(shared.Server.Options(o => o.Database = 3));
        await using RedisClient db0 = await Connect(RespProtocol.Resp3);
        string key = Key();

        await db3.SetAsync(key, "in-3");

        Assert.Equal("in-3", await db3.GetStringAsync(key));
        Assert.Null(await db0.GetAsync(key));
        Assert.Contains(" db=3 ", (await db3.ExecuteAsync(["CLIENT", "INFO"])).AsString(), StringComparison.Ordinal);
        await db0.ExecuteAsync(["SELECT", 3]);
        Assert.Equal("in-3", await db0.GetStringAsync(key));
    }

    [Fact]
    public async Task Ten_thousand_pipelined_commands_on_one_connection_answer_in_order()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp3);
        string counter = Key();
        const int Count = 10_000;

        // Issued without awaiting: INCR replies must come back 1..N in issue order.
        var increments = new Task<RespValue>[Count];
        for (int i = 0; i < Count; i++)
        {
            increments[i] = client.ExecuteAsync(["INCR", counter]);
        }

        RespValue[] replies = await Task.WhenAll(increments);

        for (int i = 0; i < Count; i++)
        {
            Assert.Equal(i + 1, replies[i].Integer);
        }

        Assert.Equal(1, client.Options.ConnectionCount);
    }

    [Fact]
    public async Task Ten_thousand_concurrent_callers_on_many_threads_each_get_their_own_answer()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp2);
        string prefix = Key();
        const int Count = 10_000;

        Task[] callers = new Task[Count];
        Parallel.For(0, Count, i =>
        {
            callers[i] = Task.Run(async () =>
            {
                string key = $"{prefix}:{i}";
                await client.SetAsync(key, $"value-{i}");
                Assert.Equal($"value-{i}", await client.GetStringAsync(key));
            });
        });
        await Task.WhenAll(callers);

        byte[]?[] sample = await client.MGetAsync([$"{prefix}:0", $"{prefix}:4242", $"{prefix}:9999"]);
        Assert.Equal(["value-0", "value-4242", "value-9999"], sample.Select(v => Encoding.UTF8.GetString(v!)));
    }

    [Fact]
    public async Task A_cancelled_token_cancels_the_call_and_the_connection_stays_usable()
    {
        await using RedisClient client = await Connect(RespProtocol.Resp3);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(Key(), cancelled.Token));

        // A blocking command abandoned by its caller still gets its reply consumed in order.
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.ExecuteAsync(["BLPOP", Key(), "1"], soon.Token));
        string key = Key();
        await client.SetAsync(key, "after");
        Assert.Equal("after", await client.GetStringAsync(key));
    }

    [Fact]
    public async Task Several_connections_share_the_load()
    {
        await using RedisClient client = await RedisClient.ConnectAsync(shared.Server.Options(o => o.ConnectionCount = 3));
        string key = Key();

        var ids = new HashSet<long>();
        for (int i = 0; i < 6; i++)
        {
            ids.Add((await client.ExecuteAsync(["CLIENT", "ID"])).Integer);
        }

        Assert.Equal(3, ids.Count);
        await client.SetAsync(key, "v");
        Assert.Equal("v", await client.GetStringAsync(key));
    }

    private Task<RedisClient> Connect(RespProtocol protocol) =>
        RedisClient.ConnectAsync(shared.Server.Options(o => o.Protocol = protocol));

    private static string Key() => "test:" + Guid.NewGuid().ToString("N");
}
