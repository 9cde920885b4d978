using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Shortest paths over the undirected view of the graph: bidirectional breadth-first search for one
/// path, Yen's algorithm on top of it for the k shortest simple paths. Adjacency is visited in
/// relation-ID order (outgoing, then incoming), so answers are deterministic.
/// </summary>
internal sealed class PathFinder
{
    private readonly GraphSnapshot _snapshot;
    private readonly PathQuery _query;
    private readonly HashSet<RelationType>? _types;
    private readonly HashSet<EntityKind>? _excluded;
    private readonly int _from;
    private readonly int _to;

    public PathFinder(GraphSnapshot snapshot, PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.MaxHops is < 1 or > StoreLimits.MaxPathHops)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "maxHops",
                $"'maxHops' must be between 1 and {StoreLimits.MaxPathHops}; got {query.MaxHops}.");
        }

        _snapshot = snapshot;
        _query = query;
        _types = query.Types is null ? null : [.. query.Types];
        _excluded = query.ExcludeKinds is null || query.ExcludeKinds.Count == 0 ? null : [.. query.ExcludeKinds];
        _from = snapshot.IndexOf(query.From);
        _to = snapshot.IndexOf(query.To);
    }

    /// <summary>One shortest path, or null.</summary>
    public GraphPath? Shortest(CancellationToken cancellationToken)
    {
        if (_from < 0 || _to < 0)
        {
            return null;
        }

        List<int>? relations = Search(_from, _query.MaxHops, [], [], cancellationToken);
        return relations is null ? null : ToPath(_from, relations);
    }

    /// <summary>Up to <paramref name="count"/> shortest simple paths (Yen), shortest first, ties by relation IDs.</summary>
    public List<GraphPath> KShortest(int count, CancellationToken cancellationToken)
    {
        if (count is < 1 or > StoreLimits.MaxPaths)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "first",
                $"'first' must be between 1 and {StoreLimits.MaxPaths}; got {count}.");
        }

        var found = new List<List<int>>();
        if (_from < 0 || _to < 0)
        {
            return [];
        }

        List<int>? first = Search(_from, _query.MaxHops, [], [], cancellationToken);
        if (first is null)
        {
            return [];
        }

        found.Add(first);
        var candidates = new List<List<int>>();
        while (found.Count < count)
        {
            List<int> previous = found[^1];
            List<int> nodes = NodesOf(_from, previous);
            for (int i = 0; i < previous.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var bannedRelations = new HashSet<int>();
                foreach (List<int> path in found)
                {
                    if (path.Count > i && SamePrefix(path, previous, i))
                    {
                        bannedRelations.Add(path[i]);
                    }
                }

                var bannedNodes = new HashSet<int>(nodes.Take(i));
                List<int>? spur = Search(nodes[i], _query.MaxHops - i, bannedRelations, bannedNodes, cancellationToken);
                if (spur is null)
                {
                    continue;
                }

                List<int> total = [.. previous.Take(i), .. spur];
                if (!found.Any(p => p.SequenceEqual(total)) && !candidates.Any(p => p.SequenceEqual(total)))
                {
                    candidates.Add(total);
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            candidates.Sort(CompareRelationLists);
            found.Add(candidates[0]);
            candidates.RemoveAt(0);
        }

        return [.. found.Select(p => ToPath(_from, p))];
    }

    private static bool SamePrefix(List<int> a, List<int> b, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    private int CompareRelationLists(List<int> a, List<int> b)
    {
        int c = a.Count.CompareTo(b.Count);
        for (int i = 0; c == 0 && i < a.Count; i++)
        {
            c = string.CompareOrdinal(_snapshot.Relations[a[i]].Id, _snapshot.Relations[b[i]].Id);
        }

        return c;
    }

    // Bidirectional BFS from `start` to _to within `maxHops`, never using a banned relation or
    // entering a banned node. Returns the relations of the path in order, or null.
    private List<int>? Search(int start, int maxHops, HashSet<int> bannedRelations, HashSet<int> bannedNodes, CancellationToken cancellationToken)
    {
        if (start == _to)
        {
            return [];
        }

        var forward = new Dictionary<int, (int Previous, int Relation)> { [start] = (-1, -1) };
        var backward = new Dictionary<int, (int Previous, int Relation)> { [_to] = (-1, -1) };
        List<int> forwardFrontier = [start];
        List<int> backwardFrontier = [_to];
        int hops = 0;
        while (hops < maxHops && forwardFrontier.Count > 0 && backwardFrontier.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool expandForward = forwardFrontier.Count <= backwardFrontier.Count;
            Dictionary<int, (int, int)> own = expandForward ? forward : backward;
            Dictionary<int, (int, int)> other = expandForward ? backward : forward;
            var next = new List<int>();
            var meetings = new List<int>();
            foreach (int node in expandForward ? forwardFrontier : backwardFrontier)
            {
                Expand(node, start, own, other, next, meetings, bannedRelations, bannedNodes);
            }

            hops++;
            if (meetings.Count > 0)
            {
                int meeting = meetings.MinBy(m => _snapshot.Entities[m].Id, StringComparer.Ordinal);
                return Join(meeting, forward, backward);
            }

            if (expandForward)
            {
                forwardFrontier = next;
            }
            else
            {
                backwardFrontier = next;
            }
        }

        return null;
    }

    private void Expand(
        int node,
        int start,
        Dictionary<int, (int, int)> own,
        Dictionary<int, (int, int)> other,
        List<int> next,
        List<int> meetings,
        HashSet<int> bannedRelations,
        HashSet<int> bannedNodes)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            ReadOnlySpan<int> rows = pass == 0 ? _snapshot.OutOf(node) : _snapshot.InOf(node);
            foreach (int r in rows)
            {
                if (!Follows(r) || bannedRelations.Contains(r))
                {
                    continue;
                }

                int neighbor = pass == 0 ? _snapshot.RelationTo[r] : _snapshot.RelationFrom[r];
                if (own.ContainsKey(neighbor) || bannedNodes.Contains(neighbor) || !MayEnter(neighbor, start))
                {
                    continue;
                }

                own[neighbor] = (node, r);
                next.Add(neighbor);
                if (other.ContainsKey(neighbor))
                {
                    meetings.Add(neighbor);
                }
            }
        }
    }

    private bool Follows(int r) =>
        (_types is null || _types.Contains(_snapshot.Relations[r].Type)) && _snapshot.IsValid(r, _query.AsOf);

    private bool MayEnter(int node, int start) =>
        node == _to || node == start || _excluded is null || !_excluded.Contains(_snapshot.Entities[node].Kind);

    private static List<int> Join(int meeting, Dictionary<int, (int Previous, int Relation)> forward, Dictionary<int, (int Previous, int Relation)> backward)
    {
        var relations = new List<int>();
        for (int node = meeting; forward[node].Previous >= 0; node = forward[node].Previous)
        {
            relations.Add(forward[node].Relation);
        }

        relations.Reverse();
        for (int node = meeting; backward[node].Previous >= 0; node = backward[node].Previous)
        {
            relations.Add(backward[node].Relation);
        }

        return relations;
    }

    private List<int> NodesOf(int start, List<int> relations)
    {
        var nodes = new List<int>(relations.Count + 1) { start };
        foreach (int r in relations)
        {
            int last = nodes[^1];
            nodes.Add(_snapshot.RelationFrom[r] == last ? _snapshot.RelationTo[r] : _snapshot.RelationFrom[r]);
        }

        return nodes;
    }

    private GraphPath ToPath(int start, List<int> relations)
    {
        var steps = new List<PathStep>(relations.Count);
        int current = start;
        foreach (int r in relations)
        {
            bool outward = _snapshot.RelationFrom[r] == current;
            int reached = outward ? _snapshot.RelationTo[r] : _snapshot.RelationFrom[r];
            steps.Add(new PathStep(_snapshot.Relations[r], outward ? Direction.Out : Direction.In, _snapshot.Entities[reached]));
            current = reached;
        }

        return new GraphPath(_snapshot.Entities[start], steps);
    }
}
