using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Breadth-first neighbourhood of an entity, nearer first and by ID within a hop, cut at a limit.</summary>
internal static class EcosystemWalker
{
    public static Subgraph? Walk(GraphSnapshot snapshot, EcosystemQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Hops is < 1 or > StoreLimits.MaxEcosystemHops)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "hops",
                $"'hops' must be between 1 and {StoreLimits.MaxEcosystemHops}; got {query.Hops}.");
        }

        if (query.Limit is < 1 or > StoreLimits.MaxEcosystemLimit)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "limit",
                $"'limit' must be between 1 and {StoreLimits.MaxEcosystemLimit}; got {query.Limit}.");
        }

        int center = snapshot.IndexOf(query.Of);
        if (center < 0)
        {
            return null;
        }

        HashSet<RelationType>? types = query.Types is null ? null : [.. query.Types];
        HashSet<EntityKind>? kinds = query.Kinds is null ? null : [.. query.Kinds];
        var kept = new List<int> { center };
        var seen = new HashSet<int> { center };
        List<int> frontier = [center];
        bool truncated = false;
        for (int hop = 0; hop < query.Hops && frontier.Count > 0 && !truncated; hop++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var next = new List<int>();
            foreach (int node in frontier)
            {
                foreach (int r in snapshot.OutOf(node))
                {
                    Visit(r, snapshot.RelationTo[r]);
                }

                foreach (int r in snapshot.InOf(node))
                {
                    Visit(r, snapshot.RelationFrom[r]);
                }
            }

            int room = query.Limit - kept.Count;
            if (next.Count > room)
            {
                truncated = true;
                next = SmallestIds(snapshot, next, room);
            }
            else
            {
                next.Sort((a, b) => snapshot.IdRank[a].CompareTo(snapshot.IdRank[b]));
            }

            kept.AddRange(next);
            frontier = next;

            void Visit(int r, int neighbor)
            {
                if ((types is null || types.Contains(snapshot.Relations[r].Type))
                    && snapshot.IsValid(r, query.AsOf)
                    && (kinds is null || kinds.Contains(snapshot.Entities[neighbor].Kind))
                    && seen.Add(neighbor))
                {
                    next.Add(neighbor);
                }
            }
        }

        var keptSet = new HashSet<int>(kept);
        var relations = new List<int>();
        foreach (int node in kept)
        {
            foreach (int r in snapshot.OutOf(node))
            {
                if (keptSet.Contains(snapshot.RelationTo[r])
                    && (types is null || types.Contains(snapshot.Relations[r].Type))
                    && snapshot.IsValid(r, query.AsOf))
                {
                    relations.Add(r);
                }
            }
        }

        relations.Sort((a, b) => string.CompareOrdinal(snapshot.Relations[a].Id, snapshot.Relations[b].Id));
        return new Subgraph(
            snapshot.Entities[center],
            [.. kept.Select(e => snapshot.Entities[e])],
            [.. relations.Select(r => snapshot.Relations[r])],
            truncated);
    }

    private static List<int> SmallestIds(GraphSnapshot snapshot, List<int> items, int count)
    {
        int[] rank = snapshot.IdRank;
        var page = KeysetPager.Cut(
            items,
            (a, b) => rank[a].CompareTo(rank[b]),
            null,
            null,
            PageRequest.Forward(count),
            e => e,
            _ => string.Empty);
        return [.. page.Nodes];
    }
}
