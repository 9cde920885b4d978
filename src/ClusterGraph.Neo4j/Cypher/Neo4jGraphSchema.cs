using ClusterGraph.Graph.Model;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>
/// How the knowledge graph lies in Neo4j (DESIGN.md §5). An entity is a node labelled <c>Entity</c>
/// plus its kind in PascalCase (<c>Region</c>, <c>IndustrialComplex</c>, …); a relation is a
/// relationship whose type is the contract's RelationType name (<c>LOCATED_IN</c>, …); a source is a
/// <c>Source</c> node. Evidence is kept as parallel lists on the element that cites it
/// (<c>evidenceSourceIds</c>, <c>evidenceQuotes</c>, "" for no quote): Neo4j properties cannot
/// hold maps, and lists keep every write a single MERGE. Indicators, read only as a whole, are
/// one JSON string (<c>indicatorsJson</c>). Labels and types are only ever taken from these enums.
/// </summary>
public static class Neo4jGraphSchema
{
    /// <summary>The label every entity carries.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The label of source documents.</summary>
    public const string SourceLabel = "Source";

    /// <summary>The label of the single node holding the data version.</summary>
    public const string GraphVersionLabel = "GraphVersion";

    /// <summary>The label of import checkpoints (resumable imports).</summary>
    public const string ImportCheckpointLabel = "ImportCheckpoint";

    /// <summary>The key of the one <c>GraphVersion</c> node.</summary>
    public const string GraphVersionKey = "graph";

    /// <summary>The full-text index over names, aliases and Hangul initials.</summary>
    public const string SearchIndex = "entity_search";

    /// <summary>The label of an entity kind: the enum name, PascalCase.</summary>
    public static string LabelOf(EntityKind kind) =>
        Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an entity kind.");

    /// <summary>The relationship type of a relation type: the contract's enum value name.</summary>
    public static string RelationshipTypeOf(RelationType type) =>
        Enum.IsDefined(type) ? ContractNames.ToContractName(type) : throw new ArgumentOutOfRangeException(nameof(type), type, "Not a relation type.");

    /// <summary>The value of the <c>kind</c> property: the contract's EntityKind name.</summary>
    public static string KindValueOf(EntityKind kind) => ContractNames.ToContractName(kind);

    /// <summary>Every label the adapter writes or reads.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        [EntityLabel, SourceLabel, GraphVersionLabel, ImportCheckpointLabel, .. Enum.GetValues<EntityKind>().Select(LabelOf)];

    /// <summary>Every relationship type.</summary>
    public static IReadOnlyList<string> RelationshipTypes { get; } = [.. Enum.GetValues<RelationType>().Select(RelationshipTypeOf)];

    /// <summary>Every property key, on any node or relationship.</summary>
    public static IReadOnlyList<string> PropertyKeys { get; } =
    [
        // Entity
        "id", "kind", "nameKo", "nameEn", "aliases", "searchText", "initials", "descriptionKo", "descriptionEn",
        "lat", "lon", "precision", "level", "code", "complexKind", "size", "website", "instituteKind",
        "stageOrder", "industryId", "initiativeKind", "date", "endDate", "period", "indicatorsJson",
        "evidenceSourceIds", "evidenceQuotes", "indicatorSourceIds", "indicatorAboutIds",

        // Relation
        "role", "since", "until", "confidence",

        // Source
        "title", "lang", "publisher", "url", "publishedAt", "retrievedAt", "note",

        // GraphVersion and ImportCheckpoint
        "key", "version", "batchesDone", "batchesTotal", "completed",

        // Keys of parameter rows read in UNWIND batches (the analyzer counts map keys as property keys).
        "fromId", "toId", "props",

        // Keys of the filter rows of a batched count (read.countEntities reads them as f.kinds, …).
        "index", "kinds", "within", "activeIn", "nameContains", "west", "south", "east", "north", "asOf",
        "regionLevels", "initiativeFrom", "initiativeTo",
    ];

    /// <summary>
    /// Which labels each relationship type joins, from <see cref="RelationRules"/> (the analyzer's
    /// graph schema); every entity also carries <c>Entity</c>, so each type joins Entity to Entity too.
    /// </summary>
    public static IReadOnlyList<(string From, string Type, string To)> Pattern { get; } =
    [
        .. Enum.GetValues<RelationType>().SelectMany(type =>
            RelationRules.AllowedPairs(type).Select(pair => (LabelOf(pair.From), RelationshipTypeOf(type), LabelOf(pair.To)))
                .Append((EntityLabel, RelationshipTypeOf(type), EntityLabel))),
    ];
}
