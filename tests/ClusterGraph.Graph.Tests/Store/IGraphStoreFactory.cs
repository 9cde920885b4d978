using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Tests.Store;

/// <summary>
/// Creates a fresh store holding exactly <paramref name="graph"/>, for one test. An adapter's test
/// project implements it and derives from <see cref="GraphStoreContractTests"/> to run the suite.
/// </summary>
public interface IGraphStoreFactory
{
    /// <summary>A new, isolated store loaded with <paramref name="graph"/>.</summary>
    Task<IGraphStore> CreateAsync(KnowledgeGraph graph, CancellationToken cancellationToken);
}
