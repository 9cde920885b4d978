using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// Which relations of an entity to return. PARTNERS_WITH is undirected: it matches
/// <see cref="Direction.Out"/> and <see cref="Direction.In"/> from either end. Relations come in
/// relation-ID order (ordinal).
/// </summary>
/// <param name="Types">Only these types (null = all).</param>
/// <param name="Direction">Out = the entity is the relation's from end; In = its to end.</param>
/// <param name="AsOf">Only relations valid on this date.</param>
public sealed record RelationQuery(
    IReadOnlyList<RelationType>? Types = null,
    Direction Direction = Direction.Both,
    DateOnly? AsOf = null)
{
    /// <summary>Every relation, both directions.</summary>
    public static RelationQuery All { get; } = new();
}
