using ClusterGraph.Graph.Model;

namespace ClusterGraph.Neo4j.Store;

/// <summary>The entities and sources a write refers to, read from Neo4j beforehand, for <see cref="GraphValidator"/>.</summary>
internal sealed class PrefetchedLookup(IReadOnlyDictionary<string, Entity> entities, IReadOnlyDictionary<string, Source> sources) : IGraphLookup
{
    public Entity? FindEntity(string id) => entities.GetValueOrDefault(id);

    public Source? FindSource(string id) => sources.GetValueOrDefault(id);
}
