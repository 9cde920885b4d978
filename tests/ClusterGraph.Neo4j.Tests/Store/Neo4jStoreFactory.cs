using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Graph.Tests.Store;
using ClusterGraph.Neo4j.QueryApi;
using ClusterGraph.Neo4j.Store;

namespace ClusterGraph.Neo4j.Tests.Store;

/// <summary>Stores over the Neo4j named by NEO4J_URL, each loaded with exactly the given graph.</summary>
internal sealed class Neo4jStoreFactory : IGraphStoreFactory
{
    private static readonly HttpClient s_http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<IGraphStore> CreateAsync(KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        string url = Environment.GetEnvironmentVariable("NEO4J_URL")
            ?? throw new InvalidOperationException(Neo4jGraphStoreContractTests.SkipReason);
        string? user = Environment.GetEnvironmentVariable("NEO4J_USER");
        string? password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        var client = new Neo4jQueryClient(s_http, new Neo4jClientOptions
        {
            BaseAddress = new Uri(url),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            Auth = string.IsNullOrEmpty(user) ? Neo4jAuth.None : Neo4jAuth.Basic(user, password ?? ""),
        });
        Neo4jGraphStore store = await Neo4jGraphStore.OpenAsync(client, cancellationToken);
        ImportResult imported = await store.ImportAsync(graph, cancellationToken);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException("The contract graph did not import: " + string.Join("; ", imported.Errors.Select(e => e.Message)));
        }

        return store;
    }
}
