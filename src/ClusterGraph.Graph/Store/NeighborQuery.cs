using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// Which neighbors of an entity to return: the entities at the other end of its matching relations
/// (as <see cref="RelationQuery"/>), each once, kept only when of one of <see cref="Kinds"/>.
/// Neighbors come in entity-ID order (ordinal).
/// </summary>
/// <param name="Types">Only through relations of these types (null = all).</param>
/// <param name="Kinds">Only neighbors of these kinds (null = all).</param>
/// <param name="Direction">Out = follow relations from the entity; In = against them.</param>
/// <param name="AsOf">Only through relations valid on this date.</param>
public sealed record NeighborQuery(
    IReadOnlyList<RelationType>? Types = null,
    IReadOnlyList<EntityKind>? Kinds = null,
    Direction Direction = Direction.Both,
    DateOnly? AsOf = null)
{
    /// <summary>Every neighbor, both directions.</summary>
    public static NeighborQuery All { get; } = new();
}
