using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Mapping;

/// <summary>Turns nodes and relationships read back from Neo4j into the domain model (the inverse of <see cref="GraphRows"/>).</summary>
public static class GraphReader
{
    /// <summary>An entity from its node.</summary>
    public static Entity Entity(Neo4jNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        IReadOnlyDictionary<string, object?> p = node.Properties;
        string id = Required(p, "id");
        if (!ContractNames.TryParse(Str(p, "kind"), out EntityKind kind))
        {
            throw new Neo4jException(Neo4jErrorCodes.ProtocolViolation, $"Entity {id} has no valid kind.");
        }

        GeoPoint? location = p.GetValueOrDefault("lat") is double lat && p.GetValueOrDefault("lon") is double lon &&
            ContractNames.TryParse(Str(p, "precision"), out LocationPrecision precision)
            ? new GeoPoint(lat, lon, precision)
            : null;
        string? descriptionKo = Str(p, "descriptionKo");
        string? descriptionEn = Str(p, "descriptionEn");
        return new Entity(id, kind, new LocalizedText(Str(p, "nameKo"), Str(p, "nameEn")))
        {
            Aliases = Strings(p, "aliases"),
            Description = descriptionKo is null && descriptionEn is null ? null : new LocalizedText(descriptionKo, descriptionEn),
            Location = location,
            Attributes = Attributes(kind, p),
            Indicators = IndicatorJson.Read(Str(p, "indicatorsJson")),
            Evidence = Evidence(p),
        };
    }

    /// <summary>A relation from its relationship and its end nodes' ids.</summary>
    public static Relation Relation(Neo4jRelationship relationship, string fromId, string toId)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        IReadOnlyDictionary<string, object?> p = relationship.Properties;
        if (!ContractNames.TryParse(relationship.Type, out RelationType type))
        {
            throw new Neo4jException(Neo4jErrorCodes.ProtocolViolation, $"Relationship type {relationship.Type} is not a relation type.");
        }

        return new Relation(Required(p, "id"), type, fromId, toId)
        {
            Role = Str(p, "role"),
            Since = Date(p, "since"),
            Until = Date(p, "until"),
            Confidence = p.GetValueOrDefault("confidence") is double confidence ? confidence : 1.0,
            Evidence = Evidence(p),
        };
    }

    /// <summary>A source from its node.</summary>
    public static Source Source(Neo4jNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        IReadOnlyDictionary<string, object?> p = node.Properties;
        Lang lang = ContractNames.TryParse(Str(p, "lang"), out Lang parsed) ? parsed : Lang.Ko;
        string? retrieved = Str(p, "retrievedAt");
        return new Source(Required(p, "id"), Str(p, "title") ?? "", lang)
        {
            Publisher = Str(p, "publisher"),
            Url = Str(p, "url"),
            PublishedAt = Date(p, "publishedAt"),
            RetrievedAt = retrieved is null ? null : DateTimeOffset.Parse(retrieved, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Note = Str(p, "note"),
        };
    }

    private static EntityAttributes? Attributes(EntityKind kind, IReadOnlyDictionary<string, object?> p) => kind switch
    {
        EntityKind.Region when ContractNames.TryParse(Str(p, "level"), out RegionLevel level) => new RegionAttributes(level, Str(p, "code")),
        EntityKind.IndustrialComplex when ContractNames.TryParse(Str(p, "complexKind"), out ComplexKind complexKind) => new ComplexAttributes(complexKind),
        EntityKind.Company when ContractNames.TryParse(Str(p, "size"), out CompanySize size) => new CompanyAttributes(size, Str(p, "website")),
        EntityKind.Institute when ContractNames.TryParse(Str(p, "instituteKind"), out InstituteKind instituteKind) => new InstituteAttributes(instituteKind, Str(p, "website")),
        EntityKind.ValueChainStage when p.GetValueOrDefault("stageOrder") is long order => new StageAttributes((int)order, Str(p, "industryId")),
        EntityKind.Initiative when ContractNames.TryParse(Str(p, "initiativeKind"), out InitiativeKind initiativeKind) =>
            new InitiativeAttributes(initiativeKind, Date(p, "date"), Date(p, "endDate"), Str(p, "period")),
        _ => null,
    };

    private static List<Evidence> Evidence(IReadOnlyDictionary<string, object?> p)
    {
        string[] sources = Strings(p, "evidenceSourceIds");
        string[] quotes = Strings(p, "evidenceQuotes");
        var evidence = new List<Evidence>(sources.Length);
        for (int i = 0; i < sources.Length; i++)
        {
            string? quote = i < quotes.Length && quotes[i].Length > 0 ? quotes[i] : null;
            evidence.Add(new Evidence(sources[i], quote));
        }

        return evidence;
    }

    private static string Required(IReadOnlyDictionary<string, object?> p, string key) =>
        Str(p, key) ?? throw new Neo4jException(Neo4jErrorCodes.ProtocolViolation, $"A stored element has no '{key}'.");

    private static string? Str(IReadOnlyDictionary<string, object?> p, string key) => p.GetValueOrDefault(key) as string;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> p, string key) =>
        p.GetValueOrDefault(key) is Neo4jTemporal { Kind: Neo4jTemporalKind.Date } temporal ? temporal.ToDateOnly() : null;

    private static string[] Strings(IReadOnlyDictionary<string, object?> p, string key) =>
        p.GetValueOrDefault(key) is IReadOnlyList<object?> list ? [.. list.OfType<string>()] : [];
}
