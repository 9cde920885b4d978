using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Store;

/// <summary>
/// The store port over Neo4j's Query API: every operation is one or a few parameterized Cypher
/// statements from the <see cref="CypherCatalog"/>. Reads are retried after transient failures;
/// each write is one statement (one transaction) that also bumps the <c>GraphVersion</c> node.
/// The change feed carries the writes made through this instance.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jQueryClient _client;
    private readonly ChangeFeed _changes = new();

    /// <summary>Creates the store; call <see cref="EnsureSchemaAsync"/> once before use (or use <see cref="OpenAsync"/>).</summary>
    public Neo4jGraphStore(Neo4jQueryClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Creates the store and sets up the schema (idempotent).</summary>
    public static async Task<Neo4jGraphStore> OpenAsync(Neo4jQueryClient client, CancellationToken cancellationToken = default)
    {
        var store = new Neo4jGraphStore(client);
        await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>Creates the constraints and indexes that are missing (every statement is IF NOT EXISTS).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        foreach (CypherStatement statement in SchemaStatements.All)
        {
            await _client.RunAsync(statement.ToQuery(new Dictionary<string, object?>()), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _changes.Complete();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        Dictionary<string, Entity> found = await EntitiesByIdAsync(ids, cancellationToken).ConfigureAwait(false);
        return [.. ids.Select(id => found.GetValueOrDefault(id))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Relation?>> GetRelationsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (IGrouping<RelationType, string> group in ids.Distinct(StringComparer.Ordinal)
            .Select(id => (Id: id, Type: RelationTypeOfId(id))).Where(x => x.Type is not null).GroupBy(x => x.Type!.Value, x => x.Id))
        {
            Neo4jResult result = await RunAsync(ReadStatements.RelationsByIds(group.Key), new() { ["ids"] = group.ToArray() }, cancellationToken).ConfigureAwait(false);
            foreach (Neo4jRecord record in result.Records)
            {
                Relation relation = GraphReader.Relation(record.Get<Neo4jRelationship>("r"), record.Get<string>("fromId"), record.Get<string>("toId"));
                found[relation.Id] = relation;
            }
        }

        return [.. ids.Select(id => found.GetValueOrDefault(id))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Source?>> GetSourcesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        Dictionary<string, Source> found = await SourcesByIdAsync(ids, cancellationToken).ConfigureAwait(false);
        return [.. ids.Select(id => found.GetValueOrDefault(id))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<int>> GetDegreesAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        Neo4jResult result = await RunAsync(ReadStatements.Degrees, IdsParameter(entityIds), cancellationToken).ConfigureAwait(false);
        var degrees = result.Records.ToDictionary(r => r.Get<string>("id"), r => (int)r.Get<long>("degree"), StringComparer.Ordinal);
        return [.. entityIds.Select(id => degrees.GetValueOrDefault(id))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity?>> GetContainingRegionsAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        Neo4jResult result = await RunAsync(ReadStatements.ContainingRegions, IdsParameter(entityIds), cancellationToken).ConfigureAwait(false);
        var deepest = new Dictionary<string, (long Depth, Entity Region)>(StringComparer.Ordinal);
        foreach (Neo4jRecord record in result.Records)
        {
            string id = record.Get<string>("id");
            Entity region = GraphReader.Entity(record.Get<Neo4jNode>("r"));
            long depth = record.Get<long>("depth");
            if (!deepest.TryGetValue(id, out (long Depth, Entity Region) best) || depth > best.Depth ||
                (depth == best.Depth && string.CompareOrdinal(region.Id, best.Region.Id) < 0))
            {
                deepest[id] = (depth, region);
            }
        }

        return [.. entityIds.Select(id => deepest.TryGetValue(id, out (long Depth, Entity Region) best) ? best.Region : null)];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<BoundingBox?>> GetBoundsAsync(IReadOnlyList<string> placeIds, CancellationToken cancellationToken = default)
    {
        Neo4jResult result = await RunAsync(ReadStatements.Bounds, IdsParameter(placeIds), cancellationToken).ConfigureAwait(false);
        var boxes = result.Records.Where(r => r["west"] is double).ToDictionary(
            r => r.Get<string>("id"),
            r => new BoundingBox(r.Get<double>("west"), r.Get<double>("south"), r.Get<double>("east"), r.Get<double>("north")),
            StringComparer.Ordinal);
        return [.. placeIds.Select(id => boxes.GetValueOrDefault(id))];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<IReadOnlyList<Entity>>> GetStagesAsync(IReadOnlyList<string> industryIds, CancellationToken cancellationToken = default)
    {
        Neo4jResult result = await RunAsync(ReadStatements.StagesOf, IdsParameter(industryIds), cancellationToken).ConfigureAwait(false);
        ILookup<string, Entity> stages = result.Records.ToLookup(r => r.Get<string>("id"), r => GraphReader.Entity(r.Get<Neo4jNode>("s")), StringComparer.Ordinal);
        return [.. industryIds.Select(id => (IReadOnlyList<Entity>)[.. stages[id]])];
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Entity?>> GetIndustriesOfStagesAsync(IReadOnlyList<string> stageIds, CancellationToken cancellationToken = default)
    {
        Neo4jResult result = await RunAsync(ReadStatements.IndustriesOfStages, IdsParameter(stageIds), cancellationToken).ConfigureAwait(false);
        var industries = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (Neo4jRecord record in result.Records)
        {
            if (record["industry"] is Neo4jNode node)
            {
                industries.TryAdd(record.Get<string>("id"), GraphReader.Entity(node));
            }
        }

        return [.. stageIds.Select(id => industries.GetValueOrDefault(id))];
    }

    /// <inheritdoc/>
    public async Task<string> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        Neo4jResult result = await RunAsync(ReadStatements.Version, new() { ["versionKey"] = Neo4jGraphSchema.GraphVersionKey }, cancellationToken).ConfigureAwait(false);
        return result.Records[0].Get<long>("version").ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        Neo4jResult result = await RunAsync(ReadStatements.Stats, new() { ["versionKey"] = Neo4jGraphSchema.GraphVersionKey }, cancellationToken).ConfigureAwait(false);
        Neo4jRecord record = result.Records[0];
        var byKind = new Dictionary<EntityKind, int>();
        foreach (object? pair in record.Get<IReadOnlyList<object?>>("kinds"))
        {
            if (pair is IReadOnlyList<object?> { Count: 2 } kindCount && ContractNames.TryParse(kindCount[0] as string, out EntityKind kind) && kindCount[1] is long count)
            {
                byKind[kind] = (int)count;
            }
        }

        List<KeyValuePair<EntityKind, int>> counts = [.. Enum.GetValues<EntityKind>().Select(k => KeyValuePair.Create(k, byKind.GetValueOrDefault(k)))];
        return new GraphStats(
            counts.Sum(c => c.Value),
            (int)record.Get<long>("relations"),
            (int)record.Get<long>("sources"),
            counts,
            record.Get<long>("version").ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<GraphChange> WatchChangesAsync(string? sinceVersion = null, CancellationToken cancellationToken = default)
    {
        long? since = null;
        if (sinceVersion is not null)
        {
            since = long.TryParse(sinceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed)
                ? parsed
                : throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "sinceVersion", $"'{sinceVersion}' is not a data version (a decimal integer).");
        }

        return _changes.WatchAsync(since, cancellationToken);
    }

    private Task<Neo4jResult> RunAsync(CypherStatement statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(statement.ToQuery(parameters), cancellationToken);

    private async Task<Dictionary<string, Entity>> EntitiesByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        string[] distinct = [.. ids.Distinct(StringComparer.Ordinal)];
        if (distinct.Length == 0)
        {
            return new Dictionary<string, Entity>(StringComparer.Ordinal);
        }

        Neo4jResult result = await RunAsync(ReadStatements.EntitiesByIds, new() { ["ids"] = distinct }, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => GraphReader.Entity(r.Get<Neo4jNode>("e"))).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, Source>> SourcesByIdAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        string[] distinct = [.. ids.Distinct(StringComparer.Ordinal)];
        if (distinct.Length == 0)
        {
            return new Dictionary<string, Source>(StringComparer.Ordinal);
        }

        Neo4jResult result = await RunAsync(ReadStatements.SourcesByIds, new() { ["ids"] = distinct }, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => GraphReader.Source(r.Get<Neo4jNode>("s"))).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    private static Dictionary<string, object?> IdsParameter(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return new() { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() };
    }

    // relation:<type words>:…, the type in lower-case words joined by '-'.
    private static RelationType? RelationTypeOfId(string id)
    {
        string[] parts = id.Split(':');
        if (parts.Length < 4 || parts[0] != GraphIds.RelationPrefix)
        {
            return null;
        }

        foreach (RelationType type in Enum.GetValues<RelationType>())
        {
            if (Neo4jGraphSchema.RelationshipTypeOf(type).Replace('_', '-').Equals(parts[1], StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }

    private static string[]? KindNames(IReadOnlyList<EntityKind>? kinds) => kinds?.Select(Neo4jGraphSchema.KindValueOf).ToArray();

    private static string[]? TypeNames(IReadOnlyList<RelationType>? types) => types?.Select(Neo4jGraphSchema.RelationshipTypeOf).ToArray();
}
