using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>An ecosystem: the entities reached and every matching relation among them.</summary>
/// <param name="Center">The entity the walk started from.</param>
/// <param name="Entities">The entities, center first, then by hop and ID.</param>
/// <param name="Relations">Every relation (of the query's types, valid on its date) joining two returned entities, by relation ID.</param>
/// <param name="Truncated">True when the limit cut the walk short.</param>
public sealed record Subgraph(Entity Center, IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations, bool Truncated);
