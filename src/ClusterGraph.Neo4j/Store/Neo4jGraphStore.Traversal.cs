using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Store;

/// <summary>Paths and neighbourhoods.</summary>
public sealed partial class Neo4jGraphStore
{
    // Raw paths a bounded search may return before the simple, distinct ones are picked.
    private const int PathCap = 10_000;

    /// <inheritdoc/>
    public async Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckHops(query.MaxHops);
        if (query.From == query.To)
        {
            Dictionary<string, Entity> ends = await EntitiesByIdAsync([query.From], cancellationToken).ConfigureAwait(false);
            return ends.TryGetValue(query.From, out Entity? only) ? new GraphPath(only, []) : null;
        }

        Neo4jResult result = await RunAsync(TraversalStatements.ShortestPaths(query.MaxHops), PathParameters(query), cancellationToken).ConfigureAwait(false);
        return ReadPaths(result).OrderBy(PathKey, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckHops(query.MaxHops);
        if (count < 1 || count > StoreLimits.MaxPaths)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "count", $"'count' must be 1..{StoreLimits.MaxPaths}, not {count}.");
        }

        if (query.From == query.To)
        {
            GraphPath? only = await FindShortestPathAsync(query, cancellationToken).ConfigureAwait(false);
            return only is null ? [] : [only];
        }

        Neo4jResult result = await RunAsync(TraversalStatements.BoundedPaths(query.MaxHops), PathParameters(query), cancellationToken).ConfigureAwait(false);
        return
        [
            .. ReadPaths(result)
                .Where(p => p.Steps.Select(s => s.Entity.Id).Prepend(p.Start.Id).Distinct(StringComparer.Ordinal).Count() == p.Steps.Count + 1)
                .DistinctBy(PathKey, StringComparer.Ordinal)
                .OrderBy(p => p.Length).ThenBy(PathKey, StringComparer.Ordinal)
                .Take(count),
        ];
    }

    /// <inheritdoc/>
    public async Task<Subgraph?> GetEcosystemAsync(EcosystemQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Hops < 1 || query.Hops > StoreLimits.MaxEcosystemHops)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "hops", $"'hops' must be 1..{StoreLimits.MaxEcosystemHops}, not {query.Hops}.");
        }

        if (query.Limit < 1 || query.Limit > StoreLimits.MaxEcosystemLimit)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "limit", $"'limit' must be 1..{StoreLimits.MaxEcosystemLimit}, not {query.Limit}.");
        }

        var parameters = new Dictionary<string, object?>
        {
            ["id"] = query.Of,
            ["types"] = TypeNames(query.Types),
            ["kinds"] = KindNames(query.Kinds),
            ["asOf"] = query.AsOf,
            ["take"] = query.Limit - 1,
        };
        Neo4jResult result = await RunAsync(TraversalStatements.Ecosystem(query.Hops), parameters, cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0)
        {
            return null;
        }

        Neo4jRecord record = result.Records[0];
        Entity center = GraphReader.Entity(record.Get<Neo4jNode>("c"));
        List<Entity> entities = [center, .. record.Get<IReadOnlyList<object?>>("entities").Select(n => GraphReader.Entity((Neo4jNode)n!))];
        bool truncated = record.Get<long>("reachable") > query.Limit - 1;
        List<Relation> relations = await RelationsAmongAsync([.. entities.Select(e => e.Id)], query.Types, query.AsOf, cancellationToken).ConfigureAwait(false);
        return new Subgraph(center, entities, relations, truncated);
    }

    private static void CheckHops(int maxHops)
    {
        if (maxHops < 1 || maxHops > StoreLimits.MaxPathHops)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "maxHops", $"'maxHops' must be 1..{StoreLimits.MaxPathHops}, not {maxHops}.");
        }
    }

    private static Dictionary<string, object?> PathParameters(PathQuery query) => new()
    {
        ["from"] = query.From,
        ["to"] = query.To,
        ["types"] = TypeNames(query.Types),
        ["excludeKinds"] = KindNames(query.ExcludeKinds) ?? [],
        ["asOf"] = query.AsOf,
        ["cap"] = PathCap,
    };

    // Paths as [nodes] and [{r, fromId, toId}], walked from the first node.
    private static IEnumerable<GraphPath> ReadPaths(Neo4jResult result)
    {
        foreach (Neo4jRecord record in result.Records)
        {
            List<Entity> nodes = [.. record.Get<IReadOnlyList<object?>>("nodes").Select(n => GraphReader.Entity((Neo4jNode)n!))];
            List<Relation> relations = [.. record.Get<IReadOnlyList<object?>>("rels").Select(ReadRelationItem)];
            var steps = new List<PathStep>(relations.Count);
            for (int i = 0; i < relations.Count; i++)
            {
                Direction direction = relations[i].FromId == nodes[i].Id ? Direction.Out : Direction.In;
                steps.Add(new PathStep(relations[i], direction, nodes[i + 1]));
            }

            yield return new GraphPath(nodes[0], steps);
        }
    }

    // Orders paths of equal length deterministically: by their sequence of relation ids.
    private static string PathKey(GraphPath path) => string.Join("\u0001", path.Steps.Select(s => s.Relation.Id));
}
