using System.Net;
using System.Net.Sockets;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.PersistedQueries;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.PersistedQueries;

[Collection(SharedRedisCollection.Name)]
public sealed class RedisPersistedDocumentStoreTests(SharedRedisServer shared)
{
    private readonly RedisPersistedDocumentStoreOptions _options = new() { KeyPrefix = $"apq:{Guid.NewGuid():N}:" };

    [Fact]
    public async Task A_document_saved_by_one_replica_is_found_by_another()
    {
        await using RedisClient redisA = await RedisClient.ConnectAsync(shared.Server.Options());
        await using RedisClient redisB = await RedisClient.ConnectAsync(shared.Server.Options());
        var a = new RedisPersistedDocumentStore(redisA, _options);
        var b = new RedisPersistedDocumentStore(redisB, _options);
        const string Document = "query { clusters(first: 3) { name } }";
        string hash = PersistedDocumentHash.Compute(Document);

        Assert.Null(await b.TryGetAsync(hash, default));
        await a.SaveAsync(hash, Document, default);

        Assert.Equal(Document, await b.TryGetAsync(hash, default));
        Assert.Equal(Document, await b.TryGetAsync(hash.ToUpperInvariant(), default));
        Assert.Equal(Document, await redisA.GetStringAsync(_options.KeyPrefix + hash));

        // Stored with the configured expiry (7 days by default).
        long ttl = (await redisA.ExecuteAsync(["TTL", _options.KeyPrefix + hash])).Integer;
        Assert.InRange(ttl, 7 * 24 * 3600 - 60, 7 * 24 * 3600);
    }

    [Fact]
    public async Task A_document_that_does_not_hash_to_its_key_is_ignored()
    {
        await using RedisClient redis = await RedisClient.ConnectAsync(shared.Server.Options());
        var store = new RedisPersistedDocumentStore(redis, _options);
        string hash = PersistedDocumentHash.Compute("{ a }");
        await redis.SetAsync(_options.KeyPrefix + hash, "mutation { dropEverything }");

        Assert.Null(await store.TryGetAsync(hash, default));
    }

    [Fact]
    public async Task Without_redis_documents_are_kept_in_process_and_nothing_throws()
    {
        await using var redis = new RedisClient(new RedisOptions { Host = "127.0.0.1", Port = ClosedPort(), ConnectTimeout = TimeSpan.FromMilliseconds(200) });
        var store = new RedisPersistedDocumentStore(redis, _options);
        string hash = PersistedDocumentHash.Compute("{ a }");

        Assert.Null(await store.TryGetAsync(hash, default));
        await store.SaveAsync(hash, "{ a }", default);
        Assert.Equal("{ a }", await store.TryGetAsync(hash, default));
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        var options = new RedisPersistedDocumentStoreOptions { KeyPrefix = "", LocalCapacity = 0, TimeToLive = TimeSpan.Zero };

        Assert.Equal(3, options.Validate().Count);
        Assert.Throws<ArgumentException>(() => new RedisPersistedDocumentStore(new RedisClient(new RedisOptions { Port = ClosedPort() }), options));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
