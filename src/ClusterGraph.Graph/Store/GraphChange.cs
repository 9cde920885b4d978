namespace ClusterGraph.Graph.Store;

/// <summary>One committed write, as the change feed reports it.</summary>
/// <param name="Version">The data version after the write.</param>
/// <param name="Upserted">IDs of entities, relations and sources created or updated.</param>
/// <param name="Deleted">IDs removed (an entity's cascade of relations included).</param>
/// <param name="Reset">True for a whole-graph import: every ID may have changed and the lists are empty.</param>
public sealed record GraphChange(string Version, IReadOnlyList<string> Upserted, IReadOnlyList<string> Deleted, bool Reset = false);
