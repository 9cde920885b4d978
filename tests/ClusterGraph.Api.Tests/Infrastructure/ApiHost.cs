using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.Api.Auth;
using ClusterGraph.Api.Hosting;
using ClusterGraph.Graph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real host (the product's <c>AddClusterGraph</c>/<c>MapClusterGraph</c>) on Kestrel at
/// 127.0.0.1 on a free port, over a fresh SQLite file seeded from seed/, with one API key per role
/// configured as salted hashes. The store is wrapped in <see cref="CountingGraphStore"/>.
/// </summary>
#pragma warning disable CA1001 // The client and app are disposed in DisposeAsync, xunit's end of a fixture's life.
public abstract class ApiHost : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-api-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private HttpClient? _client;

    public string ReaderKey { get; } = "reader-" + Guid.NewGuid().ToString("N");

    public string CuratorKey { get; } = "curator-" + Guid.NewGuid().ToString("N");

    public string AdminKey { get; } = "admin-" + Guid.NewGuid().ToString("N");

    /// <summary>Store calls by method name since the last <see cref="ResetStoreCalls"/>.</summary>
    public ConcurrentDictionary<string, int> StoreCalls { get; } = new(StringComparer.Ordinal);

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public HttpClient Client => _client!;

    public void ResetStoreCalls() => StoreCalls.Clear();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = _directory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ClusterGraph:DatabasePath"] = Path.Combine(_directory, "graph.db"),
            ["ClusterGraph:SeedPath"] = RepoPaths.Seed,
            ["ClusterGraph:ApiKeys:0:Name"] = "rita-reader",
            ["ClusterGraph:ApiKeys:0:Role"] = Roles.Reader,
            ["ClusterGraph:ApiKeys:0:Hash"] = ApiKeyHasher.Hash(ReaderKey),
            ["ClusterGraph:ApiKeys:1:Name"] = "cora-curator",
            ["ClusterGraph:ApiKeys:1:Role"] = Roles.Curator,
            ["ClusterGraph:ApiKeys:1:Hash"] = ApiKeyHasher.Hash(CuratorKey),
            ["ClusterGraph:ApiKeys:2:Name"] = "ada-admin",
            ["ClusterGraph:ApiKeys:2:Role"] = Roles.Admin,
            ["ClusterGraph:ApiKeys:2:Hash"] = ApiKeyHasher.Hash(AdminKey),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddClusterGraph();
        DecorateStore(builder.Services);

        _app = builder.Build();
        _app.MapClusterGraph();
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address);
        _client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the OS's temp cleanup; the test's outcome does not depend on it.
        }
    }

    /// <summary>POSTs one GraphQL request as JSON, with <paramref name="key"/> as the bearer token when given.</summary>
    public async Task<GraphQLResponse> PostAsync(string query, JsonObject? variables = null, string? key = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using HttpResponseMessage response = await Client.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        JsonObject json = JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: not a JSON object: {text}");
        return new GraphQLResponse(response.StatusCode, json);
    }

    /// <summary>POSTs and asserts the response has data and no errors; returns data.</summary>
    public async Task<JsonObject> QueryAsync(string query, JsonObject? variables = null, string? key = null)
    {
        GraphQLResponse response = await PostAsync(query, variables, key);
        return response.AssertData();
    }

    private void DecorateStore(IServiceCollection services)
    {
        ServiceDescriptor original = services.Single(d => d.ServiceType == typeof(IGraphStore));
        Func<IServiceProvider, object> factory = original.ImplementationFactory
            ?? throw new InvalidOperationException("AddClusterGraph is expected to register IGraphStore by factory.");
        services.Remove(original);
        services.AddSingleton(provider => CountingGraphStore.Wrap((IGraphStore)factory(provider), StoreCalls));
    }
}

/// <summary>The seeded host that read-only tests share (no test writes to it).</summary>
public sealed class SeedApi : ApiHost;

/// <summary>A host of its own for tests that write.</summary>
public sealed class WritableApi : ApiHost;

[CollectionDefinition(Name)]
public sealed class SeedApiCollection : ICollectionFixture<SeedApi>
{
    public const string Name = "seeded API (read-only)";
}

[CollectionDefinition(Name)]
public sealed class WritableApiCollection : ICollectionFixture<WritableApi>
{
    public const string Name = "writable API";
}
