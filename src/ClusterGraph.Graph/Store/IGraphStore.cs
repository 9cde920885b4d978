using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// The store port: every read and write the API makes against the knowledge graph. Two
/// implementations (embedded, Neo4j) answer it alike; the contract test suite holds them to that.
/// <para>
/// Conventions. Batched calls take many IDs and answer one result per ID, in the same order
/// (null or empty for an ID that names nothing); DataLoaders call these. An ID that names nothing is
/// never an error; a malformed argument (page size, cursor, hops, limit) throws
/// <see cref="GraphQueryException"/>. Every read sees one consistent data version (never half a
/// write). Writes are atomic, validated by <see cref="GraphValidator"/> (a refused write changes
/// nothing), bump the version and publish a <see cref="GraphChange"/>. Lists come in a total order
/// and page with keyset cursors (<see cref="CursorCodec"/>); totals are computed only when
/// <see cref="PageRequest.IncludeTotalCount"/> asks. Validity follows the contract: a relation is
/// valid on D when (since ≤ D or since null) and (D &lt; until or until null).
/// </para>
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    // ---- By ID (batched) ----

    /// <summary>The entities with these IDs, one per ID in order, null where none.</summary>
    Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The relations with these IDs, one per ID in order, null where none.</summary>
    Task<IReadOnlyList<Relation?>> GetRelationsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The sources with these IDs, one per ID in order, null where none.</summary>
    Task<IReadOnlyList<Source?>> GetSourcesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The degree (relations of all types and directions, regardless of validity) of each entity; 0 where none.</summary>
    Task<IReadOnlyList<int>> GetDegreesAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The smallest region that contains each entity (the contract's <c>Entity.region</c>): following
    /// LOCATED_IN through complexes to regions, the deepest region in the administrative hierarchy
    /// (ties by ID). For a region, its parent. Null where none.
    /// </summary>
    Task<IReadOnlyList<Entity?>> GetContainingRegionsAsync(IReadOnlyList<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The bounding box of every located entity within (transitively) each region or complex, the
    /// place's own location included; null where nothing is located.
    /// </summary>
    Task<IReadOnlyList<BoundingBox?>> GetBoundsAsync(IReadOnlyList<string> placeIds, CancellationToken cancellationToken = default);

    /// <summary>The stages of each industry in value-chain order (order, then ID); empty where none.</summary>
    Task<IReadOnlyList<IReadOnlyList<Entity>>> GetStagesAsync(IReadOnlyList<string> industryIds, CancellationToken cancellationToken = default);

    /// <summary>The industry each stage belongs to (its STAGE_OF relation, else its attributes); null where none.</summary>
    Task<IReadOnlyList<Entity?>> GetIndustriesOfStagesAsync(IReadOnlyList<string> stageIds, CancellationToken cancellationToken = default);

    // ---- Adjacency (batched) ----

    /// <summary>A page of each entity's relations (relation-ID order), one page per ID; the same query and page request apply to all.</summary>
    Task<IReadOnlyList<Page<Relation>>> GetRelationsOfAsync(IReadOnlyList<string> entityIds, RelationQuery query, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>A page of each entity's neighbors (entity-ID order, each once), one page per ID.</summary>
    Task<IReadOnlyList<Page<Entity>>> GetNeighborsAsync(IReadOnlyList<string> entityIds, NeighborQuery query, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Every relation valid on <paramref name="asOf"/> (when given) whose two ends are both among <paramref name="entityIds"/>, by relation ID (for the map).</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAmongAsync(IReadOnlyList<string> entityIds, DateOnly? asOf, CancellationToken cancellationToken = default);

    /// <summary>A page of the relations citing each source in their evidence (relation-ID order), one page per source ID.</summary>
    Task<IReadOnlyList<Page<Relation>>> GetRelationsCitingAsync(IReadOnlyList<string> sourceIds, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>A page of the entities citing each source in their evidence or an indicator's (entity-ID order), one page per source ID.</summary>
    Task<IReadOnlyList<Page<Entity>>> GetEntitiesMentioningAsync(IReadOnlyList<string> sourceIds, PageRequest page, CancellationToken cancellationToken = default);

    // ---- Lists ----

    /// <summary>
    /// A page of the entities matching <paramref name="filter"/>, sorted by <paramref name="order"/>
    /// then ID; pages forward and backward.
    /// </summary>
    Task<Page<Entity>> ListEntitiesAsync(EntityFilter filter, IReadOnlyList<EntityOrder> order, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page per filter, in the filters' order, each as <see cref="ListEntitiesAsync"/> would return it
    /// for that filter with the same order and page (batched for DataLoaders: a region's complexes, a
    /// stage's actors … over many parents in one call, all read from one version of the graph).
    /// </summary>
    Task<IReadOnlyList<Page<Entity>>> ListEntitiesOfEachAsync(IReadOnlyList<EntityFilter> filters, IReadOnlyList<EntityOrder> order, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>How many entities match each filter, one count per filter (batched for DataLoaders).</summary>
    Task<IReadOnlyList<int>> CountEntitiesAsync(IReadOnlyList<EntityFilter> filters, CancellationToken cancellationToken = default);

    /// <summary>A page of every source, by ID.</summary>
    Task<Page<Source>> ListSourcesAsync(PageRequest page, CancellationToken cancellationToken = default);

    // ---- Search ----

    /// <summary>A page of search hits, best first (see <see cref="SearchQuery"/>); pages forward only.</summary>
    Task<Page<SearchHit>> SearchAsync(SearchQuery query, PageRequest page, CancellationToken cancellationToken = default);

    // ---- Paths and neighbourhoods ----

    /// <summary>A shortest path within the query's bounds, or null when none exists (or an end does not exist).</summary>
    Task<GraphPath?> FindShortestPathAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="count"/> (1..<see cref="StoreLimits.MaxPaths"/>) shortest simple paths,
    /// shortest first, no two with the same sequence of relations; empty when none exists.
    /// </summary>
    Task<IReadOnlyList<GraphPath>> FindShortestPathsAsync(PathQuery query, int count, CancellationToken cancellationToken = default);

    /// <summary>The neighbourhood of an entity (see <see cref="EcosystemQuery"/>), or null when it does not exist.</summary>
    Task<Subgraph?> GetEcosystemAsync(EcosystemQuery query, CancellationToken cancellationToken = default);

    // ---- Analytics ----

    /// <summary>
    /// The region × stage matrix of an industry, or null when it is not an industry.
    /// <paramref name="regionIds"/> null = every province and metropolitan city.
    /// </summary>
    Task<CoverageMatrix?> GetCoverageAsync(string industryId, IReadOnlyList<string>? regionIds, CancellationToken cancellationToken = default);

    /// <summary>Clusters ranked by stars, then location quotient (null last), then region, industry and stage ID.</summary>
    Task<IReadOnlyList<Cluster>> GetClustersAsync(ClusterQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Up to <paramref name="first"/> (1..<see cref="StoreLimits.MaxSuggestions"/>) partner
    /// suggestions for an organization, of <paramref name="kinds"/> when given; empty when the ID is
    /// not an organization.
    /// </summary>
    Task<IReadOnlyList<PartnerSuggestion>> SuggestPartnersAsync(string organizationId, IReadOnlyList<EntityKind>? kinds, int first, CancellationToken cancellationToken = default);

    /// <summary>Counts and the data version, from one consistent version.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The data version: a decimal integer as a string, increasing by one with every committed
    /// write (an import counts as one); compare as integers.
    /// </summary>
    Task<string> GetVersionAsync(CancellationToken cancellationToken = default);

    // ---- Writes ----

    /// <summary>Creates or replaces a source.</summary>
    Task<WriteResult<Source>> UpsertSourceAsync(Source source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces an entity as a whole (the API merges an input with the stored entity
    /// before calling). Refused when invalid, or when its relations would no longer be valid.
    /// </summary>
    Task<WriteResult<Entity>> UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces a relation.</summary>
    Task<WriteResult<Relation>> UpsertRelationAsync(Relation relation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes an entity and every relation that touches it. Refused (Conflict) while another entity
    /// refers to it outside relations (a stage's industry, an indicator's about); NotFound when absent.
    /// </summary>
    Task<DeleteResult> DeleteEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a relation; NotFound when absent.</summary>
    Task<DeleteResult> DeleteRelationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the whole graph with <paramref name="graph"/> in one transaction (re-import of the
    /// seed); refused, changing nothing, when the graph does not validate.
    /// </summary>
    Task<ImportResult> ImportAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default);

    // ---- Change feed ----

    /// <summary>
    /// The committed writes, as they happen. With <paramref name="sinceVersion"/>, first replays the
    /// changes after that version as far as the store's bounded change log reaches (older ones are
    /// gone; no error). A malformed version throws <see cref="GraphQueryException"/>. Ends when the
    /// token is cancelled or the store is disposed; a subscriber that falls too far behind is ended
    /// with an <see cref="InvalidOperationException"/> rather than slowing writers.
    /// </summary>
    IAsyncEnumerable<GraphChange> WatchChangesAsync(string? sinceVersion = null, CancellationToken cancellationToken = default);
}
