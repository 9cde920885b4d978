using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Store;

/// <summary>Adjacency, citations and lists.</summary>
public sealed partial class Neo4jGraphStore
{
    private const string RelationsOfScope = "relationsOf";
    private const string NeighborsScope = "neighbors";
    private const string CitingScope = "relationsCiting";
    private const string MentioningScope = "entitiesMentioning";
    private const string SourcesScope = "sources";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Page<Relation>>> GetRelationsOfAsync(IReadOnlyList<string> entityIds, RelationQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        KeysetRequest request = KeysetRequest.From(page, RelationsOfScope, 1);
        Dictionary<string, object?> parameters = AdjacencyParameters(entityIds, query.Types, query.Direction, query.AsOf, request);
        Neo4jResult result = await RunAsync(ReadStatements.RelationsOf(request.Direction), parameters, cancellationToken).ConfigureAwait(false);
        return PerIdPages(entityIds, result, request, RelationsOfScope, ReadRelationItem, r => r.Id);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Page<Entity>>> GetNeighborsAsync(IReadOnlyList<string> entityIds, NeighborQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        KeysetRequest request = KeysetRequest.From(page, NeighborsScope, 1);
        Dictionary<string, object?> parameters = AdjacencyParameters(entityIds, query.Types, query.Direction, query.AsOf, request);
        parameters["kinds"] = KindNames(query.Kinds);
        Neo4jResult result = await RunAsync(ReadStatements.NeighborsOf(request.Direction), parameters, cancellationToken).ConfigureAwait(false);
        return PerIdPages(entityIds, result, request, NeighborsScope, item => GraphReader.Entity((Neo4jNode)item!), e => e.Id);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyList<string> entityIds, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        await RelationsAmongAsync(entityIds, null, asOf, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Page<Relation>>> GetRelationsCitingAsync(IReadOnlyList<string> sourceIds, PageRequest page, CancellationToken cancellationToken = default)
    {
        KeysetRequest request = KeysetRequest.From(page, CitingScope, 1);
        Neo4jResult result = await RunAsync(ReadStatements.RelationsCiting(request.Direction), PagedIds(sourceIds, request), cancellationToken).ConfigureAwait(false);
        return PerIdPages(sourceIds, result, request, CitingScope, ReadRelationItem, r => r.Id);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Page<Entity>>> GetEntitiesMentioningAsync(IReadOnlyList<string> sourceIds, PageRequest page, CancellationToken cancellationToken = default)
    {
        KeysetRequest request = KeysetRequest.From(page, MentioningScope, 1);
        Neo4jResult result = await RunAsync(ReadStatements.EntitiesMentioning(request.Direction), PagedIds(sourceIds, request), cancellationToken).ConfigureAwait(false);
        return PerIdPages(sourceIds, result, request, MentioningScope, item => GraphReader.Entity((Neo4jNode)item!), e => e.Id);
    }

    /// <inheritdoc/>
    public async Task<Page<Source>> ListSourcesAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        KeysetRequest request = KeysetRequest.From(page, SourcesScope, 1);
        var parameters = new Dictionary<string, object?> { ["cursor"] = request.CursorKeys?[0], ["take"] = request.Take };
        Neo4jResult result = await RunAsync(ReadStatements.Sources(request.Direction), parameters, cancellationToken).ConfigureAwait(false);
        Neo4jRecord record = result.Records[0];
        List<Source> sources = [.. record.Get<IReadOnlyList<object?>>("items").Select(item => GraphReader.Source((Neo4jNode)item!))];
        return request.ToPage(sources, record.Get<long>("total"), record.Get<long>("beyond"), s => CursorCodec.Encode(SourcesScope, s.Id));
    }

    /// <inheritdoc/>
    public async Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, IReadOnlyList<EntityOrder> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IReadOnlyList<EntityListStatements.SortKey> keys = EntityListStatements.Normalize(order);
        string scope = EntityListStatements.Scope(keys);
        KeysetRequest request = KeysetRequest.From(page, scope, keys.Count + 1);
        Dictionary<string, object?> parameters = FilterParameters(filter);
        AddListParameters(parameters, keys, request);
        Neo4jResult result = await RunAsync(EntityListStatements.List(keys, request.Direction), parameters, cancellationToken).ConfigureAwait(false);
        return ReadEntityPage(result.Records[0], request, scope);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<Page<Entity>>> ListEntitiesOfEachAsync(IReadOnlyList<EntityFilter> filters, IReadOnlyList<EntityOrder> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count > StoreLimits.MaxBatchSize)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "filters", $"At most {StoreLimits.MaxBatchSize} filters per call; got {filters.Count}.");
        }

        IReadOnlyList<EntityListStatements.SortKey> keys = EntityListStatements.Normalize(order);
        string scope = EntityListStatements.Scope(keys);
        KeysetRequest request = KeysetRequest.From(page, scope, keys.Count + 1);
        if (filters.Count == 0)
        {
            return [];
        }

        if (keys.Count > 0)
        {
            // Only ID order has a batched statement (see EntityListStatements.ListOfEach).
            var listed = new Page<Entity>[filters.Count];
            for (int i = 0; i < listed.Length; i++)
            {
                listed[i] = await ListEntitiesAsync(filters[i], order, page, cancellationToken).ConfigureAwait(false);
            }

            return listed;
        }

        var rows = new List<Dictionary<string, object?>>(filters.Count);
        for (int i = 0; i < filters.Count; i++)
        {
            Dictionary<string, object?> row = FilterParameters(filters[i]);
            row["index"] = i;
            rows.Add(row);
        }

        var parameters = new Dictionary<string, object?> { ["filters"] = rows };
        AddListParameters(parameters, keys, request);
        Neo4jResult result = await RunAsync(EntityListStatements.ListOfEach(request.Direction), parameters, cancellationToken).ConfigureAwait(false);
        var pages = new Page<Entity>[filters.Count];
        foreach (Neo4jRecord record in result.Records)
        {
            pages[(int)record.Get<long>("index")] = ReadEntityPage(record, request, scope);
        }

        return pages;
    }

    // The order and page parameters shared by the single and the batched list statements.
    private static void AddListParameters(Dictionary<string, object?> parameters, IReadOnlyList<EntityListStatements.SortKey> keys, KeysetRequest request)
    {
        parameters["hasCursor"] = request.CursorKeys is not null;
        parameters["take"] = request.Take;
        parameters["blank"] = "";
        parameters["kindRank"] = EntityListStatements.KindRank;
        parameters["kid"] = request.CursorKeys?[^1];
        foreach ((string key, object? value) in EntityListStatements.FieldNames)
        {
            parameters[key] = value;
        }

        for (int i = 0; i < keys.Count; i++)
        {
            parameters["f" + i.ToString(CultureInfo.InvariantCulture)] = EntityListStatements.FieldParameter(keys[i]);
            string? key = request.CursorKeys?[i];
            parameters["k" + i.ToString(CultureInfo.InvariantCulture)] = key is null || keys[i].Field == EntityOrderField.Name
                ? key
                : long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number)
                    ? number
                    : throw new GraphQueryException(GraphQueryErrorCode.InvalidCursor, request.Direction == PageDirection.Forward ? "after" : "before", "The cursor's sort key is not a number.");
        }
    }

    // One page of a list record: its items (each the entity then its sort keys), total and beyond counts.
    private static Page<Entity> ReadEntityPage(Neo4jRecord record, KeysetRequest request, string scope)
    {
        var rows = new List<(Entity Entity, string[] Keys)>();
        foreach (object? item in record.Get<IReadOnlyList<object?>>("items"))
        {
            var row = (IReadOnlyList<object?>)item!;
            Entity entity = GraphReader.Entity((Neo4jNode)row[0]!);
            string[] cursorKeys = [.. row.Skip(1).Select(k => Convert.ToString(k, CultureInfo.InvariantCulture) ?? ""), entity.Id];
            rows.Add((entity, cursorKeys));
        }

        Page<(Entity Entity, string[] Keys)> keyed = request.ToPage(rows, record.Get<long>("total"), record.Get<long>("beyond"), r => CursorCodec.Encode(scope, r.Keys));
        return new Page<Entity>([.. keyed.Edges.Select(e => new PageEdge<Entity>(e.Cursor, e.Node.Entity))], keyed.HasNextPage, keyed.HasPreviousPage, keyed.TotalCount);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<int>> CountEntitiesAsync(IReadOnlyList<EntityFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (filters.Count == 0)
        {
            return [];
        }

        var rows = new List<Dictionary<string, object?>>(filters.Count);
        for (int i = 0; i < filters.Count; i++)
        {
            Dictionary<string, object?> row = FilterParameters(filters[i]);
            row["index"] = i;
            rows.Add(row);
        }

        Neo4jResult result = await RunAsync(ReadStatements.CountEntities, new() { ["filters"] = rows }, cancellationToken).ConfigureAwait(false);
        int[] counts = new int[filters.Count];
        foreach (Neo4jRecord record in result.Records)
        {
            counts[(int)record.Get<long>("index")] = (int)record.Get<long>("matched");
        }

        return counts;
    }

    private async Task<List<Relation>> RelationsAmongAsync(IReadOnlyList<string> entityIds, IReadOnlyList<RelationType>? types, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = entityIds.Distinct(StringComparer.Ordinal).ToArray(), ["types"] = TypeNames(types), ["asOf"] = asOf };
        Neo4jResult result = await RunAsync(ReadStatements.RelationsAmong, parameters, cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => GraphReader.Relation(r.Get<Neo4jRelationship>("r"), r.Get<string>("fromId"), r.Get<string>("toId")))];
    }

    private static Relation ReadRelationItem(object? item)
    {
        var map = (IReadOnlyDictionary<string, object?>)item!;
        return GraphReader.Relation((Neo4jRelationship)map["r"]!, (string)map["fromId"]!, (string)map["toId"]!);
    }

    private static List<Page<T>> PerIdPages<T>(
        IReadOnlyList<string> ids, Neo4jResult result, KeysetRequest request, string scope, Func<object?, T> read, Func<T, string> keyOf)
    {
        var byId = new Dictionary<string, Page<T>>(StringComparer.Ordinal);
        foreach (Neo4jRecord record in result.Records)
        {
            List<T> items = [.. record.Get<IReadOnlyList<object?>>("items").Select(read)];
            byId[record.Get<string>("id")] = request.ToPage(items, record.Get<long>("total"), record.Get<long>("beyond"), item => CursorCodec.Encode(scope, keyOf(item)));
        }

        return [.. ids.Select(id => byId.GetValueOrDefault(id) ?? Page.Empty<T>(request.IncludeTotal))];
    }

    private static Dictionary<string, object?> PagedIds(IReadOnlyList<string> ids, KeysetRequest request) => new()
    {
        ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray(),
        ["cursor"] = request.CursorKeys?[0],
        ["take"] = request.Take,
    };

    private static Dictionary<string, object?> AdjacencyParameters(
        IReadOnlyList<string> ids, IReadOnlyList<RelationType>? types, Direction direction, DateOnly? asOf, KeysetRequest request)
    {
        Dictionary<string, object?> parameters = PagedIds(ids, request);
        parameters["types"] = TypeNames(types);
        parameters["asOf"] = asOf;
        parameters["direction"] = ContractNames.ToContractName(direction);
        parameters["both"] = ContractNames.ToContractName(Direction.Both);
        parameters["out"] = ContractNames.ToContractName(Direction.Out);
        parameters["in"] = ContractNames.ToContractName(Direction.In);
        parameters["undirected"] = Enum.GetValues<RelationType>().Where(RelationRules.IsUndirected).Select(Neo4jGraphSchema.RelationshipTypeOf).ToArray();
        return parameters;
    }

    private static Dictionary<string, object?> FilterParameters(EntityFilter filter)
    {
        string? needle = string.IsNullOrWhiteSpace(filter.NameContains) ? null : SearchKeys.Normalize(filter.NameContains);
        return new Dictionary<string, object?>
        {
            ["kinds"] = KindNames(filter.Kinds),
            ["within"] = filter.Within?.ToArray(),
            ["activeIn"] = filter.ActiveIn?.ToArray(),
            ["nameContains"] = needle,
            ["west"] = filter.BoundingBox?.West,
            ["south"] = filter.BoundingBox?.South,
            ["east"] = filter.BoundingBox?.East,
            ["north"] = filter.BoundingBox?.North,
            ["asOf"] = filter.AsOf,
            ["regionLevels"] = filter.RegionLevels?.Select(l => ContractNames.ToContractName(l)).ToArray(),
            ["initiativeFrom"] = filter.InitiativeFrom,
            ["initiativeTo"] = filter.InitiativeTo,
        };
    }
}
