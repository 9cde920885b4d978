using ClusterGraph.Graph.Tests.Store;

namespace ClusterGraph.Graph.Tests.Embedded;

/// <summary>Runs the store contract suite against the embedded store.</summary>
public sealed class EmbeddedGraphStoreContractTests : GraphStoreContractTests, IDisposable
{
    private readonly EmbeddedStoreFactory _factory = new();

    protected override IGraphStoreFactory Factory => _factory;

    public void Dispose() => _factory.Dispose();
}
