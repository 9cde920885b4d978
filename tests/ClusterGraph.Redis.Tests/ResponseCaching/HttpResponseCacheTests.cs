using System.Net;
using System.Text;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.Redis.PersistedQueries;
using ClusterGraph.Redis.ResponseCaching;
using ClusterGraph.Redis.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Redis.Tests.ResponseCaching;

/// <summary>The cache and the APQ store behind the real GraphQL-over-HTTP endpoint on Kestrel.</summary>
[Collection(SharedRedisCollection.Name)]
public sealed class HttpResponseCacheTests(SharedRedisServer shared)
{
    private const string Body = """{"query":"query Q($i: Int) { item(i: $i) { name } }","variables":{"i":4}}""";

    [Fact]
    public async Task A_hit_writes_the_same_bytes_as_the_miss_and_as_the_uncached_endpoint()
    {
        await using Host uncached = await Host.StartAsync(new CountingExecutor(), cache: null);
        await using Host cached = await Host.StartAsync(new CountingExecutor(), cache: _ => { });

        byte[] plain = await uncached.PostAsync(Body);
        byte[] miss = await cached.PostAsync(Body);
        byte[] hit = await cached.PostAsync(Body);

        Assert.Equal(Encoding.UTF8.GetString(plain), Encoding.UTF8.GetString(miss));
        Assert.Equal(plain, hit);
        Assert.Equal(1, cached.Inner.Executions);

        // The transport's own headers are untouched without the debug option.
        using HttpResponseMessage response = await cached.SendAsync(Body);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public async Task The_debug_option_adds_the_marker_and_cache_headers()
    {
        await using Host cached = await Host.StartAsync(new CountingExecutor(), cache: o => { o.Debug = true; o.TimeToLive = TimeSpan.FromSeconds(90); });

        using HttpResponseMessage miss = await cached.SendAsync(Body);
        using HttpResponseMessage hit = await cached.SendAsync(Body);
        using HttpResponseMessage mutation = await cached.SendAsync("""{"query":"mutation { add }"}""");

        JsonElement missBody = JsonDocument.Parse(await miss.Content.ReadAsStringAsync()).RootElement;
        JsonElement hitBody = JsonDocument.Parse(await hit.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("miss", missBody.GetProperty("extensions").GetProperty("cache").GetProperty("status").GetString());
        Assert.Equal("hit", hitBody.GetProperty("extensions").GetProperty("cache").GetProperty("status").GetString());
        Assert.Equal("memory", hitBody.GetProperty("extensions").GetProperty("cache").GetProperty("source").GetString());
        Assert.True(hit.Headers.CacheControl!.Private);
        Assert.InRange(hit.Headers.CacheControl.MaxAge!.Value.TotalSeconds, 1, 90);
        Assert.NotNull(hit.Headers.Age);
        Assert.Equal("no-store", mutation.Headers.CacheControl!.ToString());
        Assert.Equal(2, cached.Inner.Executions);
    }

    [Fact]
    public async Task A_document_registered_through_one_replica_is_found_by_another()
    {
        string prefix = $"apq-http:{Guid.NewGuid():N}:";
        await using Host first = await Host.StartAsync(new CountingExecutor(), cache: null, redisPort: shared.Server.Port, apqPrefix: prefix);
        await using Host second = await Host.StartAsync(new CountingExecutor(), cache: null, redisPort: shared.Server.Port, apqPrefix: prefix);
        const string Document = "{ clusters { name } }";
        string hash = PersistedDocumentHash.Compute(Document);
        string hashOnly = "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}";

        string unknown = Encoding.UTF8.GetString(await second.PostAsync(hashOnly));
        Assert.Contains("PersistedQueryNotFound", unknown, StringComparison.Ordinal);

        await first.PostAsync("{\"query\":\"" + Document + "\"," + hashOnly[1..]);
        string found = Encoding.UTF8.GetString(await second.PostAsync(hashOnly));

        Assert.Contains("\"data\"", found, StringComparison.Ordinal);
        Assert.Equal(Document, second.Inner.LastQuery);
    }

    private sealed class Host : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly HttpClient _client;

        private Host(WebApplication app, Uri endpoint, CountingExecutor inner)
        {
            _app = app;
            _client = new HttpClient { BaseAddress = endpoint };
            Inner = inner;
        }

        public CountingExecutor Inner { get; }

        public static async Task<Host> StartAsync(CountingExecutor inner, Action<ResponseCacheOptions>? cache, int? redisPort = null, string? apqPrefix = null)
        {
            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            builder.Services.AddGraphQLHttp();
            builder.Services.AddSingleton<IGraphQLRequestExecutor>(inner);
            builder.Services.AddSingleton<IDataVersionSource>(new ManualVersionSource());
            if (redisPort is { } port)
            {
                builder.Services.AddRedisClient(o => o.Port = port);
                builder.Services.AddRedisPersistedDocumentStore(o => o.KeyPrefix = apqPrefix!);
            }

            if (cache is not null)
            {
                builder.Services.AddGraphQLResponseCache(cache);
            }

            WebApplication app = builder.Build();
            app.MapGraphQL();
            await app.StartAsync();
            if (redisPort is not null)
            {
                RedisClient client = app.Services.GetRequiredService<RedisClient>();
                await Poll.UntilAsync(() => client.IsConnected, "the client connected");
            }

            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new Host(app, new Uri(address.TrimEnd('/') + "/graphql"), inner);
        }

        public async Task<HttpResponseMessage> SendAsync(string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "")
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            return await _client.SendAsync(request);
        }

        public async Task<byte[]> PostAsync(string json)
        {
            using HttpResponseMessage response = await SendAsync(json);
            return await response.Content.ReadAsByteArrayAsync();
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
