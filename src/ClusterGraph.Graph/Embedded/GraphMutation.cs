using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>One validated write, ready to be made durable and applied to the snapshot.</summary>
internal sealed record GraphMutation
{
    /// <summary>Replace everything (an import): tables are emptied first.</summary>
    public bool ReplaceAll { get; init; }

    public IReadOnlyList<Source> Sources { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Relation> Relations { get; init; } = [];

    public IReadOnlyList<string> DeletedEntities { get; init; } = [];

    public IReadOnlyList<string> DeletedRelations { get; init; } = [];
}
