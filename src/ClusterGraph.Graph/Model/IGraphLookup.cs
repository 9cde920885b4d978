namespace ClusterGraph.Graph.Model;

/// <summary>
/// What the validator needs to check references: entities and sources by ID. Implemented by
/// <see cref="KnowledgeGraph"/>; a store can implement it over its own indexes to validate a write.
/// </summary>
public interface IGraphLookup
{
    /// <summary>The entity with this ID, or null.</summary>
    Entity? FindEntity(string id);

    /// <summary>The source with this ID, or null.</summary>
    Source? FindSource(string id);
}
