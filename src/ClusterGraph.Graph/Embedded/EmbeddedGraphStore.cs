using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// The default <see cref="IGraphStore"/>: reads answer from an immutable in-memory
/// <see cref="GraphSnapshot"/> (lock-free; each call reads one snapshot), writes go one at a time
/// through SQLite (WAL, one transaction each) and then swap in a new snapshot. On open the snapshot is
/// loaded from the snapshot file beside the database when that matches it (<see cref="SnapshotFile"/>),
/// else rebuilt from the database's rows; an empty database first imports
/// <see cref="EmbeddedStoreOptions.InitialGraph"/>. A write rebuilds the snapshot's indexes, so it
/// costs time linear in the graph's size.
/// </summary>
public sealed partial class EmbeddedGraphStore : IGraphStore
{
    private readonly SqliteGraphLog _log;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ChangeFeed _changes = new();
    private readonly SnapshotFileKeeper? _snapshotFile;
    private GraphSnapshot _snapshot;
    private bool _disposed;

    private EmbeddedGraphStore(SqliteGraphLog log, GraphSnapshot snapshot, SnapshotFileKeeper? snapshotFile, StoreLoadSource loadedFrom)
    {
        _log = log;
        _snapshot = snapshot;
        _snapshotFile = snapshotFile;
        LoadedFrom = loadedFrom;
    }

    /// <summary>Where the open found the graph: nowhere (a new database), the database's rows, or the snapshot file beside it.</summary>
    public StoreLoadSource LoadedFrom { get; }

    /// <summary>Why the snapshot file was not used on open (missing, stale, damaged…), or null when it was or is disabled.</summary>
    public string? SnapshotFileNote { get; private init; }

    /// <summary>
    /// Opens the store: creates or opens the database, imports the initial graph when it is empty, and
    /// loads the snapshot from the snapshot file when it matches the database, else from the rows
    /// (then rewrites the file in the background).
    /// </summary>
    public static async Task<EmbeddedGraphStore> OpenAsync(EmbeddedStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        SqliteGraphLog log = SqliteGraphLog.Open(options.DatabasePath, options.FullSync);
        try
        {
            long? version = log.ReadVersion();
            SnapshotFileKeeper? keeper = options.UseSnapshotFile ? new SnapshotFileKeeper(SnapshotFile.PathFor(options.DatabasePath), log) : null;
            GraphSnapshot? snapshot = null;
            string? note = null;
            if (version is long stored && keeper is not null)
            {
                snapshot = keeper.TryLoad(stored, out note);
            }

            StoreLoadSource source = snapshot is not null ? StoreLoadSource.SnapshotFile
                : version is null ? StoreLoadSource.Empty
                : StoreLoadSource.Database;
            snapshot ??= version is long known ? log.ReadSnapshot(known) : GraphSnapshot.FromArrays(0, [], [], []);
            var store = new EmbeddedGraphStore(log, snapshot, keeper, source) { SnapshotFileNote = note };
            if (version is null && options.InitialGraph is not null)
            {
                ImportResult imported = await store.ImportAsync(options.InitialGraph(), cancellationToken).ConfigureAwait(false);
                if (!imported.Succeeded)
                {
                    throw new InvalidDataException("The initial graph does not validate: "
                        + string.Join("; ", imported.Errors.Take(20).Select(e => $"{e.SubjectId}: {e.Field}: {e.Message}")));
                }
            }

            if (source == StoreLoadSource.Database)
            {
                keeper?.SaveInBackground(snapshot);
            }

            return store;
        }
        catch
        {
            log.Dispose();
            throw;
        }
    }

    /// <summary>Result of SQLite's integrity check on the database ("ok" when sound).</summary>
    public string CheckIntegrity() => _log.CheckIntegrity();

    private GraphSnapshot Current => Volatile.Read(ref _snapshot);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<Entity?>>([.. CheckBatch(ids).Select(s.FindEntity)]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Relation?>> GetRelationsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<Relation?>>([.. CheckBatch(ids).Select(s.FindRelation)]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Source?>> GetSourcesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<Source?>>([.. CheckBatch(ids).Select(s.FindSource)]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<int>> GetDegreesAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<int>>([.. CheckBatch(entityIds).Select(id => s.IndexOf(id) is int e and >= 0 ? s.DegreeOf(e) : 0)]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Entity?>> GetContainingRegionsAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<Entity?>>([.. CheckBatch(entityIds).Select(id =>
        {
            int e = s.IndexOf(id);
            int region = e < 0 ? -1 : Containment.SmallestRegion(s, e);
            return region < 0 ? null : s.Entities[region];
        })]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<BoundingBox?>> GetBoundsAsync(IReadOnlyList<string> placeIds, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<BoundingBox?>>([.. CheckBatch(placeIds).Select(id => Containment.BoundsOf(s, s.IndexOf(id)))]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<IReadOnlyList<Entity>>> GetStagesAsync(IReadOnlyList<string> industryIds, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<IReadOnlyList<Entity>>>([.. CheckBatch(industryIds).Select(id =>
        {
            int industry = s.IndexOf(id);
            return industry < 0 || s.Entities[industry].Kind != EntityKind.Industry
                ? (IReadOnlyList<Entity>)[]
                : [.. EntityLister.StagesOf(s, industry).Select(stage => s.Entities[stage])];
        })]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Entity?>> GetIndustriesOfStagesAsync(IReadOnlyList<string> stageIds, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<Entity?>>([.. CheckBatch(stageIds).Select(id =>
            s.IndexOf(id) is int stage and >= 0 && s.StageIndustry[stage] >= 0 ? s.Entities[s.StageIndustry[stage]] : null)]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Page<Relation>>> GetRelationsOfAsync(IReadOnlyList<string> entityIds, RelationQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        GraphSnapshot s = Current;
        KeysetPager.SizeOf(page);
        return Task.FromResult<IReadOnlyList<Page<Relation>>>([.. CheckBatch(entityIds).Select(id =>
        {
            int e = s.IndexOf(id);
            return e < 0 ? Page.Empty<Relation>(page.IncludeTotalCount) : PageOfRelations(s, Adjacency.RelationsOf(s, e, query), page);
        })]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Page<Entity>>> GetNeighborsAsync(IReadOnlyList<string> entityIds, NeighborQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        GraphSnapshot s = Current;
        KeysetPager.SizeOf(page);
        return Task.FromResult<IReadOnlyList<Page<Entity>>>([.. CheckBatch(entityIds).Select(id =>
        {
            int e = s.IndexOf(id);
            return e < 0 ? Page.Empty<Entity>(page.IncludeTotalCount) : PageOfEntitiesById(s, Adjacency.NeighborsOf(s, e, query), page, "neighbors");
        })]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyList<string> entityIds, DateOnly? asOf, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        var members = new HashSet<int>(CheckBatch(entityIds).Select(s.IndexOf).Where(e => e >= 0));
        var relations = new List<int>();
        foreach (int e in members)
        {
            foreach (int r in s.OutOf(e))
            {
                if (members.Contains(s.RelationTo[r]) && s.IsValid(r, asOf))
                {
                    relations.Add(r);
                }
            }
        }

        relations.Sort((a, b) => string.CompareOrdinal(s.Relations[a].Id, s.Relations[b].Id));
        return Task.FromResult<IReadOnlyList<Relation>>([.. relations.Select(r => s.Relations[r])]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Page<Relation>>> GetRelationsCitingAsync(IReadOnlyList<string> sourceIds, PageRequest page, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        KeysetPager.SizeOf(page);
        IReadOnlyList<string> ids = CheckBatch(sourceIds);
        Dictionary<string, List<int>> citing = GroupBySource(ids, s.Relations.Length, r => s.Relations[r].Evidence);
        return Task.FromResult<IReadOnlyList<Page<Relation>>>([.. ids.Select(id => PageOfRelations(s, citing[id], page))]);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Page<Entity>>> GetEntitiesMentioningAsync(IReadOnlyList<string> sourceIds, PageRequest page, CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        KeysetPager.SizeOf(page);
        IReadOnlyList<string> ids = CheckBatch(sourceIds);
        Dictionary<string, List<int>> mentioning = GroupBySource(ids, s.Entities.Length, e =>
            s.Entities[e].Evidence.Concat(s.Entities[e].Indicators.SelectMany(i => i.Evidence)));
        return Task.FromResult<IReadOnlyList<Page<Entity>>>([.. ids.Select(id => PageOfEntitiesById(s, mentioning[id], page, "mentions"))]);
    }

    /// <inheritdoc/>
    public Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, IReadOnlyList<EntityOrder> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(page);
        return Task.FromResult(ListEntities(Current, filter, order, page));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Page<Entity>>> ListEntitiesOfEachAsync(IReadOnlyList<EntityFilter> filters, IReadOnlyList<EntityOrder> order, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(page);
        if (filters.Count > StoreLimits.MaxBatchSize)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "filters", $"At most {StoreLimits.MaxBatchSize} filters per call; got {filters.Count}.");
        }

        GraphSnapshot s = Current;
        var pages = new Page<Entity>[filters.Count];
        for (int i = 0; i < pages.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages[i] = ListEntities(s, filters[i], order, page);
        }

        return Task.FromResult<IReadOnlyList<Page<Entity>>>(pages);
    }

    private static Page<Entity> ListEntities(GraphSnapshot s, EntityFilter filter, IReadOnlyList<EntityOrder> order, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(filter);
        KeysetPager.SizeOf(page);
        string scope = EntityLister.Scope(order);
        Func<int, int>? after = page.After is null
            ? null
            : EntityLister.CompareToKeys(s, order, CursorCodec.Decode(page.After, scope, order.Count + 1, "after"), "after");
        Func<int, int>? before = page.Before is null
            ? null
            : EntityLister.CompareToKeys(s, order, CursorCodec.Decode(page.Before, scope, order.Count + 1, "before"), "before");
        List<int> matches = EntityLister.Match(s, filter);
        return KeysetPager.Cut(
            matches,
            EntityLister.Order(s, order),
            after,
            before,
            page,
            e => s.Entities[e],
            e => CursorCodec.Encode(scope, EntityLister.KeysOf(s, order, e)));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<int>> CountEntitiesAsync(IReadOnlyList<EntityFilter> filters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filters);
        GraphSnapshot s = Current;
        return Task.FromResult<IReadOnlyList<int>>([.. filters.Select(f => EntityLister.Match(s, f).Count)]);
    }

    /// <inheritdoc/>
    public Task<Page<Source>> ListSourcesAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        GraphSnapshot s = Current;
        const string Scope = "sources";
        Source[] sources = s.SourcesById;
        return Task.FromResult(KeysetPager.Cut(
            Enumerable.Range(0, sources.Length).ToList(),
            (a, b) => a.CompareTo(b),
            AfterById(page.After, "after", i => sources[i].Id, Scope),
            AfterById(page.Before, "before", i => sources[i].Id, Scope),
            page,
            i => sources[i],
            i => CursorCodec.Encode(Scope, sources[i].Id)));
    }

    /// <inheritdoc/>
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        if (page.Last is not null || page.Before is not null)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "last", "Search pages forward only (first/after).");
        }

        KeysetPager.SizeOf(page);
        GraphSnapshot s = Current;
        List<(int Entity, SearchHitScore Hit)> hits = SearchEngine.Run(s, query);
        string scope = "search:" + TextFolding.Fold(query.Text);
        Func<int, int>? after = null;
        if (page.After is not null)
        {
            string[] keys = CursorCodec.Decode(page.After, scope, 2, "after");
            if (!double.TryParse(keys[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double score))
            {
                throw new GraphQueryException(GraphQueryErrorCode.InvalidCursor, "after", "Invalid cursor in 'after': the score is not a number.");
            }

            after = i =>
            {
                int c = score.CompareTo(hits[i].Hit.Score);
                return c != 0 ? c : string.CompareOrdinal(s.Entities[hits[i].Entity].Id, keys[1]);
            };
        }

        return Task.FromResult(KeysetPager.Cut(
            Enumerable.Range(0, hits.Count).ToList(),
            (a, b) => a.CompareTo(b),
            after,
            null,
            page,
            i => new SearchHit(s.Entities[hits[i].Entity], hits[i].Hit.Score, hits[i].Hit.Matched, hits[i].Hit.Kind),
            i => CursorCodec.Encode(scope, TextFolding.Invariant(hits[i].Hit.Score), s.Entities[hits[i].Entity].Id)));
    }

    /// <inheritdoc/>
    public Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PathFinder(Current, query).Shortest(cancellationToken));

    /// <inheritdoc/>
    public Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GraphPath>>(new PathFinder(Current, query).KShortest(count, cancellationToken));

    /// <inheritdoc/>
    public Task<Subgraph?> GetEcosystemAsync(EcosystemQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult(EcosystemWalker.Walk(Current, query, cancellationToken));

    /// <inheritdoc/>
    public Task<CoverageMatrix?> GetCoverageAsync(string industryId, IReadOnlyList<string>? regionIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(industryId);
        return Task.FromResult(ClusterAnalytics.Coverage(Current, industryId, regionIds));
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Cluster>> GetClustersAsync(ClusterQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Cluster>>(ClusterAnalytics.Clusters(Current, query));

    /// <inheritdoc/>
    public Task<IReadOnlyList<PartnerSuggestion>> SuggestPartnersAsync(string organizationId, IReadOnlyList<EntityKind>? kinds, int first, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organizationId);
        return Task.FromResult<IReadOnlyList<PartnerSuggestion>>(PartnerSuggester.Suggest(Current, organizationId, kinds, first));
    }

    /// <inheritdoc/>
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        GraphSnapshot s = Current;
        return Task.FromResult(new GraphStats(
            s.Entities.Length,
            s.Relations.Length,
            s.SourcesById.Length,
            [.. Enum.GetValues<EntityKind>().Select(k => new KeyValuePair<EntityKind, int>(k, s.ByKind[(int)k].Length))],
            VersionText(s.Version)));
    }

    /// <inheritdoc/>
    public Task<string> GetVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(VersionText(Current.Version));

    /// <inheritdoc/>
    public IAsyncEnumerable<GraphChange> WatchChangesAsync(string? sinceVersion = null, CancellationToken cancellationToken = default)
    {
        long? since = null;
        if (sinceVersion is not null)
        {
            if (!long.TryParse(sinceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed))
            {
                throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "since", $"'{sinceVersion}' is not a data version (a non-negative integer).");
            }

            since = parsed;
        }

        return _changes.Watch(since, cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            _changes.Dispose();
            _writer.Wait();
            _snapshotFile?.Close(Current);
            _log.Dispose();
            _writer.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static string VersionText(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> CheckBatch(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count <= StoreLimits.MaxBatchSize
            ? ids
            : throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "ids",
                $"At most {StoreLimits.MaxBatchSize} IDs per call; got {ids.Count}.");
    }

    // For each wanted source, the items (0..count-1) whose evidence cites it, each once.
    private static Dictionary<string, List<int>> GroupBySource(IReadOnlyList<string> sourceIds, int count, Func<int, IEnumerable<Evidence>> evidenceOf)
    {
        var wanted = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (string id in sourceIds)
        {
            wanted[id] = [];
        }

        for (int item = 0; item < count; item++)
        {
            foreach (string cited in evidenceOf(item).Select(ev => ev.SourceId).Distinct(StringComparer.Ordinal))
            {
                wanted.GetValueOrDefault(cited)?.Add(item);
            }
        }

        return wanted;
    }

    private static Func<int, int>? AfterById(string? cursor, string argument, Func<int, string> idOf, string scope)
    {
        if (cursor is null)
        {
            return null;
        }

        string id = CursorCodec.Decode(cursor, scope, 1, argument)[0];
        return i => string.CompareOrdinal(idOf(i), id);
    }

    private static Page<Relation> PageOfRelations(GraphSnapshot s, List<int> relations, PageRequest page)
    {
        const string Scope = "relations";
        return KeysetPager.Cut(
            relations,
            (a, b) => string.CompareOrdinal(s.Relations[a].Id, s.Relations[b].Id),
            AfterById(page.After, "after", r => s.Relations[r].Id, Scope),
            AfterById(page.Before, "before", r => s.Relations[r].Id, Scope),
            page,
            r => s.Relations[r],
            r => CursorCodec.Encode(Scope, s.Relations[r].Id));
    }

    private static Page<Entity> PageOfEntitiesById(GraphSnapshot s, List<int> entities, PageRequest page, string scope) =>
        KeysetPager.Cut(
            entities,
            (a, b) => string.CompareOrdinal(s.Entities[a].Id, s.Entities[b].Id),
            AfterById(page.After, "after", e => s.Entities[e].Id, scope),
            AfterById(page.Before, "before", e => s.Entities[e].Id, scope),
            page,
            e => s.Entities[e],
            e => CursorCodec.Encode(scope, s.Entities[e].Id));
}
