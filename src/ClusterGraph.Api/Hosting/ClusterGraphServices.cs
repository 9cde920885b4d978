using ClusterGraph.Api.Auth;
using ClusterGraph.Api.GraphQL;
using ClusterGraph.Api.Operations;
using ClusterGraph.Api.Writes;
using ClusterGraph.Graph.Embedded;
using ClusterGraph.Graph.Seed;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.QueryApi;
using ClusterGraph.Neo4j.Store;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.Redis;
using ClusterGraph.Redis.PersistedQueries;
using ClusterGraph.Redis.ResponseCaching;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Hosting;

/// <summary>Registers the product's services: options, the store, the schema, the GraphQL endpoint's executor, auth.</summary>
public static class ClusterGraphServices
{
    public static WebApplicationBuilder AddClusterGraph(this WebApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        builder.AddJsonLogging();
        services.AddOptions<ClusterGraphOptions>()
            .Bind(builder.Configuration.GetSection(ClusterGraphOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => !o.Problems().Any(), "ClusterGraph settings are invalid (see the log for each problem).")
            .ValidateOnStart();

        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IGraphStore>(provider => OpenStore(provider).GetAwaiter().GetResult());
        services.AddSingleton(_ => ClusterGraphSchema.Build());
        // Parse and validation results are cached per document; suggestions ("Did you mean …") only for
        // callers the HTTP options allow (Development), since they leak schema names.
        services.AddSingleton<IGraphQLRequestExecutor>(provider => GraphQLEngineRequestExecutor.Create(
            provider.GetRequiredService<ClusterGraph.GraphQL.Types.Schema>(),
            new ExecutionOptions { Development = builder.Environment.IsDevelopment(), Timeout = TimeSpan.FromSeconds(10) }));
        AddCaching(services, builder.Configuration);
        services.AddGraphQLHttp(http =>
        {
            bool development = builder.Environment.IsDevelopment();
            http.IncludeSuggestions = _ => development;
        });

        services.AddOperations();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        return builder;
    }

    /// <summary>
    /// Hot queries are cached in-process always, and in Redis too when <c>ClusterGraph:Redis:Host</c> is
    /// set (shared by replicas, with persisted queries); a Redis outage only costs cache hits.
    /// </summary>
    private static void AddCaching(IServiceCollection services, ConfigurationManager configuration)
    {
        IConfigurationSection redis = configuration.GetSection(ClusterGraphOptions.SectionName + ":Redis");
        if (!string.IsNullOrWhiteSpace(redis["Host"]))
        {
            services.AddRedisClient(redis.Bind);
            services.AddRedisPersistedDocumentStore();
        }

        services.AddSingleton<IDataVersionSource, StoreDataVersion>();
        IConfigurationSection cache = configuration.GetSection(ClusterGraphOptions.SectionName + ":Cache");
        services.AddGraphQLResponseCache(cache.Bind);
    }

    private static async Task<IGraphStore> OpenStore(IServiceProvider provider)
    {
        ClusterGraphOptions options = provider.GetRequiredService<IOptions<ClusterGraphOptions>>().Value;
        ILogger logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("ClusterGraph.Store");
        string? seed = options.SeedPath ?? SeedDirectory.FindRepositorySeed(Directory.GetCurrentDirectory()) ?? SeedDirectory.FindRepositorySeed();
        if (options.Store == StoreKind.Neo4j)
        {
            return await OpenNeo4jAsync(options.Neo4j, seed, logger).ConfigureAwait(false);
        }

        string databasePath = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        logger.LogInformation("Embedded store at {DatabasePath}; seed for a first start: {Seed}", databasePath, seed ?? "(none found)");
        EmbeddedGraphStore store = await EmbeddedGraphStore.OpenAsync(new EmbeddedStoreOptions
        {
            DatabasePath = databasePath,
            InitialGraph = seed is null ? null : EmbeddedStoreOptions.SeedFrom(seed),
        }).ConfigureAwait(false);

        // Says whether a restart took the fast path (the snapshot file) and, when it did not, why.
        string source = store.LoadedFrom switch
        {
            StoreLoadSource.SnapshotFile => "the snapshot file",
            StoreLoadSource.Database => "the database rows",
            _ => "a new database",
        };
        logger.LogInformation("Embedded store loaded from {LoadedFrom}{Note}", source,
            store.SnapshotFileNote is { } note && store.LoadedFrom == StoreLoadSource.Database ? $" (snapshot file not used: {note})" : string.Empty);
        return store;
    }

    /// <summary>Neo4j over its Query API: schema set up idempotently; the seed imported when the database holds no entity.</summary>
    private static async Task<IGraphStore> OpenNeo4jAsync(Neo4jSettings settings, string? seed, ILogger logger)
    {
        // One HttpClient for the process (the store is a singleton); pooled connections are recycled so DNS changes are seen.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        var client = new Neo4jQueryClient(http, new Neo4jClientOptions
        {
            BaseAddress = new Uri(settings.Url!),
            Database = settings.Database,
            Auth = settings.User is { } user ? Neo4jAuth.Basic(user, settings.Password ?? string.Empty) : Neo4jAuth.None,
        });
        Neo4jGraphStore store = await Neo4jGraphStore.OpenAsync(client).ConfigureAwait(false);
        GraphStats stats = await store.GetStatsAsync().ConfigureAwait(false);
        logger.LogInformation("Neo4j store at {Url} (database {Database}): {Entities} entities", settings.Url, settings.Database, stats.EntityCount);
        if (stats.EntityCount == 0 && seed is not null)
        {
            ImportResult imported = await store.ImportAsync(EmbeddedStoreOptions.SeedFrom(seed)()).ConfigureAwait(false);
            logger.LogInformation("Imported the seed from {Seed} into Neo4j: version {Version}", seed, imported.Version);
        }

        return store;
    }
}
