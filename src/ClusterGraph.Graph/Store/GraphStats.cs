using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>Sizes of the graph and its data version.</summary>
/// <param name="EntityCount">Entities.</param>
/// <param name="RelationCount">Relations.</param>
/// <param name="SourceCount">Sources.</param>
/// <param name="CountsByKind">Entities per kind, every kind present (0 included), in enum order.</param>
/// <param name="Version">The data version (see <see cref="IGraphStore.GetVersionAsync"/>).</param>
public sealed record GraphStats(
    int EntityCount,
    int RelationCount,
    int SourceCount,
    IReadOnlyList<KeyValuePair<EntityKind, int>> CountsByKind,
    string Version);
