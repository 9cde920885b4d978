using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ClusterGraph.Api.Auth;
using ClusterGraph.Api.Hosting;
using ClusterGraph.Api.Tests.Infrastructure;
using ClusterGraph.Graph.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// The real host, built like <see cref="ApiHost"/> (two reader keys), plus the settings a subclass adds.
/// </summary>
#pragma warning disable CA1001 // The client and app are disposed in DisposeAsync, xunit's end of a fixture's life.
public abstract class OperationsHost : IAsyncLifetime
#pragma warning restore CA1001
{

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-ops-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public string ReaderKey { get; } = "reader-" + Guid.NewGuid().ToString("N");

    public string OtherReaderKey { get; } = "reader-" + Guid.NewGuid().ToString("N");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The embedded store's SQLite file.</summary>
    public string DatabasePath => Path.Combine(_directory, "graph.db");

    /// <summary>The running host's services.</summary>
    public IServiceProvider Services => _app!.Services;

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
            ["ClusterGraph:DatabasePath"] = DatabasePath,
            ["ClusterGraph:SeedPath"] = RepoPaths.Seed,
            ["ClusterGraph:ApiKeys:0:Name"] = "rita-reader",
            ["ClusterGraph:ApiKeys:0:Role"] = Roles.Reader,
            ["ClusterGraph:ApiKeys:0:Hash"] = ApiKeyHasher.Hash(ReaderKey),
            ["ClusterGraph:ApiKeys:1:Name"] = "rob-reader",
            ["ClusterGraph:ApiKeys:1:Role"] = Roles.Reader,
            ["ClusterGraph:ApiKeys:1:Hash"] = ApiKeyHasher.Hash(OtherReaderKey),
        });
        builder.Configuration.AddInMemoryCollection(Settings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddClusterGraph();
        ConfigureServices(builder.Services);
        _app = builder.Build();
        _app.MapClusterGraph();
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Configuration this host adds to the common settings.</summary>
    protected abstract Dictionary<string, string?> Settings();

    /// <summary>GETs <paramref name="path"/> and parses its JSON object body.</summary>
    public async Task<(HttpStatusCode Status, JsonObject Body)> GetJsonAsync(string path)
    {
        using HttpResponseMessage response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>Stops the host as a SIGTERM would (the fixture's DisposeAsync still cleans up).</summary>
    public Task StopAsync() => _app!.StopAsync();

    /// <summary>Changes this host makes to the product's services after AddClusterGraph.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
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
}

/// <summary>Tiny rate limits (2 anonymous requests per IP and 3 per API key in an hour-long window), so a test can exhaust them.</summary>
public sealed class TinyLimitApi : OperationsHost
{
    public const int PerIpPermits = 2;
    public const int PerKeyPermits = 3;
    public const int WindowSeconds = 3600;

    protected override Dictionary<string, string?> Settings() => new()
    {
        ["ClusterGraph:RateLimits:PerIpPermits"] = PerIpPermits.ToString(CultureInfo.InvariantCulture),
        ["ClusterGraph:RateLimits:PerKeyPermits"] = PerKeyPermits.ToString(CultureInfo.InvariantCulture),
        ["ClusterGraph:RateLimits:WindowSeconds"] = WindowSeconds.ToString(CultureInfo.InvariantCulture),
    };
}

/// <summary>Redis configured at a loopback port where nothing listens: the API must be degraded, not unready.</summary>
public sealed class RedisDownApi : OperationsHost
{
    protected override Dictionary<string, string?> Settings() => new()
    {
        ["ClusterGraph:Redis:Host"] = "127.0.0.1",
        ["ClusterGraph:Redis:Port"] = ClosedPort().ToString(CultureInfo.InvariantCulture),
        ["ClusterGraph:Redis:ConnectTimeout"] = "00:00:01",
    };

    /// <summary>A port that was free a moment ago: bound then released, so nothing listens on it.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>A store whose version query fails, as a store that lost its database would: the API must be unready.</summary>
public sealed class BrokenStoreApi : OperationsHost
{
    protected override Dictionary<string, string?> Settings() => [];

    protected override void ConfigureServices(IServiceCollection services)
    {
        ServiceDescriptor original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton(provider => FailingVersionStore.Wrap((IGraphStore)original.ImplementationFactory!(provider)));
    }
}

/// <summary>A store whose reads (all but GetVersionAsync) wait at a gate, so a test can hold a request in flight.</summary>
public sealed class GatedStoreApi : OperationsHost
{
    public GatedGraphStore.Gate Gate { get; } = new();

    protected override Dictionary<string, string?> Settings() => [];

    protected override void ConfigureServices(IServiceCollection services)
    {
        ServiceDescriptor original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton(provider => GatedGraphStore.Wrap((IGraphStore)original.ImplementationFactory!(provider), Gate));
    }
}
