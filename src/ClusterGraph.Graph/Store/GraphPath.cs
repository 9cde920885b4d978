using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>One step of a path: the relation taken, which way, and the entity reached.</summary>
/// <param name="Relation">The relation followed.</param>
/// <param name="Direction"><see cref="Direction.Out"/> when followed from its from end to its to end, <see cref="Direction.In"/> when against it.</param>
/// <param name="Entity">The entity reached.</param>
public sealed record PathStep(Relation Relation, Direction Direction, Entity Entity);

/// <summary>A simple path (no entity twice) from <see cref="Start"/> through <see cref="Steps"/>.</summary>
/// <param name="Start">The first entity.</param>
/// <param name="Steps">The steps, in order; empty when start and end are the same entity.</param>
public sealed record GraphPath(Entity Start, IReadOnlyList<PathStep> Steps)
{
    /// <summary>Number of relations on the path.</summary>
    public int Length => Steps.Count;

    /// <summary>The last entity.</summary>
    public Entity End => Steps.Count == 0 ? Start : Steps[^1].Entity;
}
