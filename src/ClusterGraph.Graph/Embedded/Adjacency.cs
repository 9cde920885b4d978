using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Relations and neighbors of one entity, filtered by type, direction, kind and date.</summary>
internal static class Adjacency
{
    public static List<int> RelationsOf(GraphSnapshot s, int entity, RelationQuery query)
    {
        var result = new List<int>();
        Collect(s, entity, query.Types, query.Direction, query.AsOf, (r, _) => result.Add(r));
        return result;
    }

    public static List<int> NeighborsOf(GraphSnapshot s, int entity, NeighborQuery query)
    {
        var seen = new HashSet<int>();
        var result = new List<int>();
        Collect(s, entity, query.Types, query.Direction, query.AsOf, (_, other) =>
        {
            if ((query.Kinds is null || query.Kinds.Contains(s.Entities[other].Kind)) && seen.Add(other))
            {
                result.Add(other);
            }
        });
        return result;
    }

    private static void Collect(GraphSnapshot s, int entity, IReadOnlyList<RelationType>? types, Direction direction, DateOnly? asOf, Action<int, int> take)
    {
        foreach (int r in s.OutOf(entity))
        {
            if (Matches(s, r, types, asOf) && (direction != Direction.In || RelationRules.IsUndirected(s.Relations[r].Type)))
            {
                take(r, s.RelationTo[r]);
            }
        }

        foreach (int r in s.InOf(entity))
        {
            if (Matches(s, r, types, asOf) && (direction != Direction.Out || RelationRules.IsUndirected(s.Relations[r].Type)))
            {
                take(r, s.RelationFrom[r]);
            }
        }
    }

    private static bool Matches(GraphSnapshot s, int r, IReadOnlyList<RelationType>? types, DateOnly? asOf) =>
        (types is null || types.Contains(s.Relations[r].Type)) && s.IsValid(r, asOf);
}
