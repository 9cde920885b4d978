using System.Buffers;
using ClusterGraph.Redis.Caching;
using ClusterGraph.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.Tests.Caching;

[Collection(SharedRedisCollection.Name)]
public sealed class RedisDistributedCacheTests(SharedRedisServer shared) : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = "cache:" + Guid.NewGuid().ToString("N") + ":";
    private RedisClient _client = null!;
    private RedisDistributedCache _cache = null!;

    public async Task InitializeAsync()
    {
        _client = await RedisClient.ConnectAsync(shared.Server.Options());
        _cache = new RedisDistributedCache(_client, Options.Create(new RedisDistributedCacheOptions { KeyPrefix = _prefix }), _clock);
    }

    public async Task DisposeAsync() => await _client.DisposeAsync();

    [Fact]
    public async Task Set_get_and_remove_round_trip()
    {
        byte[] value = [1, 2, 3, 0, 255];

        Assert.Null(await _cache.GetAsync("k"));
        await _cache.SetAsync("k", value, new DistributedCacheEntryOptions());
        Assert.Equal(value, await _cache.GetAsync("k"));
        Assert.Equal(value, _cache.Get("k"));

        await _cache.RemoveAsync("k");
        Assert.Null(await _cache.GetAsync("k"));
        _cache.Remove("k");
        await _cache.RefreshAsync("k");
    }

    [Fact]
    public async Task Keys_carry_the_prefix_and_entries_without_expiry_never_expire()
    {
        await _cache.SetAsync("forever", [7], new DistributedCacheEntryOptions());

        Assert.Equal(1, (await _client.ExecuteAsync(["EXISTS", _prefix + "forever"])).Integer);
        Assert.Equal(-1, await Pttl("forever"));
    }

    [Fact]
    public async Task Set_overwrites_value_and_expiry()
    {
        await _cache.SetAsync("k", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(10) });
        await _cache.SetAsync("k", [2], new DistributedCacheEntryOptions());

        Assert.Equal([2], await _cache.GetAsync("k"));
        Assert.Equal(-1, await Pttl("k"));
    }

    [Fact]
    public async Task Absolute_expiration_relative_to_now_sets_the_key_ttl()
    {
        await _cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(60) });

        Assert.InRange(await Pttl("k"), 1, 60_000);

        // A read does not extend an absolute-only entry: the server-side TTL keeps running down.
        await _client.PExpireAsync(_prefix + "k", TimeSpan.FromSeconds(5));
        await _cache.GetAsync("k");
        Assert.InRange(await Pttl("k"), 1, 5_000);
    }

    [Fact]
    public async Task Absolute_expiration_is_measured_on_the_clients_clock()
    {
        await _cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = _clock.Now.AddSeconds(30) });

        Assert.InRange(await Pttl("k"), 1, 30_000);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            _cache.Set("past", [1], new DistributedCacheEntryOptions { AbsoluteExpiration = _clock.Now.AddSeconds(-1) }));
        Assert.Null(await _cache.GetAsync("past"));
    }

    [Fact]
    public async Task Get_and_refresh_push_a_sliding_entry_forward()
    {
        await _cache.SetAsync("k", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(20) });
        Assert.InRange(await Pttl("k"), 1, 20_000);

        // Simulate the window running down on the server, then read: the TTL is back to the full window.
        await _client.PExpireAsync(_prefix + "k", TimeSpan.FromSeconds(2));
        Assert.Equal([1], await _cache.GetAsync("k"));
        Assert.InRange(await Pttl("k"), 10_001, 20_000);

        await _client.PExpireAsync(_prefix + "k", TimeSpan.FromSeconds(2));
        await _cache.RefreshAsync("k");
        Assert.InRange(await Pttl("k"), 10_001, 20_000);

        await _client.PExpireAsync(_prefix + "k", TimeSpan.FromSeconds(2));
        var destination = new ArrayBufferWriter<byte>();
        Assert.True(await _cache.TryGetAsync("k", destination));
        Assert.Equal([1], destination.WrittenSpan.ToArray());
        Assert.InRange(await Pttl("k"), 10_001, 20_000);
    }

    [Fact]
    public async Task Sliding_never_extends_past_the_absolute_expiration()
    {
        var options = new DistributedCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(60),
            SlidingExpiration = TimeSpan.FromSeconds(20),
        };
        await _cache.SetAsync("k", [1], options);
        Assert.InRange(await Pttl("k"), 1, 20_000);

        // 50 s later on the client's clock, 10 s remain of the absolute lifetime: that caps the window.
        _clock.Now += TimeSpan.FromSeconds(50);
        Assert.Equal([1], await _cache.GetAsync("k"));
        Assert.InRange(await Pttl("k"), 5_001, 10_000);

        // Past the absolute expiration the entry is gone, even though the key still had TTL left.
        _clock.Now += TimeSpan.FromSeconds(11);
        Assert.Null(await _cache.GetAsync("k"));
        Assert.Equal(0, (await _client.ExecuteAsync(["EXISTS", _prefix + "k"])).Integer);
    }

    [Fact]
    public async Task Expired_entries_disappear_in_real_time()
    {
        var realClock = new RedisDistributedCache(_client, Options.Create(new RedisDistributedCacheOptions { KeyPrefix = _prefix }), TimeProvider.System);

        await realClock.SetAsync("abs", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMilliseconds(100) });
        await realClock.SetAsync("sliding", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMilliseconds(100) });

        await Poll.UntilAsync(async () => await realClock.GetAsync("abs") is null, "the absolute entry expired");
        await Poll.UntilAsync(async () => (await _client.ExecuteAsync(["EXISTS", _prefix + "sliding"])).Integer == 0, "the unread sliding entry expired");
    }

    [Fact]
    public async Task Buffer_set_accepts_a_multi_segment_sequence()
    {
        ReadOnlySequence<byte> value = Segments.Of([1, 2], [3], [4, 5, 6]);

        await _cache.SetAsync("seq", value, new DistributedCacheEntryOptions());

        Assert.Equal([1, 2, 3, 4, 5, 6], await _cache.GetAsync("seq"));
        Assert.False(_cache.TryGet("missing", new ArrayBufferWriter<byte>()));
    }

    [Fact]
    public async Task A_key_of_another_type_is_a_server_error_not_a_miss()
    {
        await _client.SetAsync(_prefix + "plain", "not a hash");

        var error = await Assert.ThrowsAsync<RedisServerException>(() => _cache.GetAsync("plain"));

        Assert.Contains("WRONGTYPE", error.Message, StringComparison.Ordinal);
    }

    private async Task<long> Pttl(string key) => (await _client.ExecuteAsync(["PTTL", _prefix + key])).Integer;
}
