using ClusterGraph.Graph.Tests.Store;

namespace ClusterGraph.Neo4j.Tests.Store;

/// <summary>
/// The store contract suite against a real Neo4j: set NEO4J_URL (the HTTP root, e.g.
/// http://127.0.0.1:7474) and NEO4J_USER / NEO4J_PASSWORD (/ NEO4J_DATABASE). Without NEO4J_URL
/// every test of this class is reported skipped with that reason (see <see cref="Neo4jAwareTestFramework"/>).
/// Each store the suite asks for replaces the whole database's graph: use a database kept for tests.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContractTests
{
    /// <summary>The skip reason when no Neo4j is configured.</summary>
    public const string SkipReason = "NEO4J_URL is not set: the store contract suite runs against Neo4j only when NEO4J_URL (and NEO4J_USER/NEO4J_PASSWORD) point at a server (docs/neo4j.md).";

    /// <inheritdoc/>
    protected override IGraphStoreFactory Factory { get; } = new Neo4jStoreFactory();
}
