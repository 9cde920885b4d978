using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.Cypher;

namespace ClusterGraph.Neo4j.Mapping;

/// <summary>
/// Entities, relations and sources as property maps (parameter rows) in the layout of
/// <see cref="Neo4jGraphSchema"/>. A null value removes the property when a row replaces a node.
/// </summary>
public static class GraphRows
{
    /// <summary>An entity's node properties.</summary>
    public static Dictionary<string, object?> Entity(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["kind"] = Neo4jGraphSchema.KindValueOf(entity.Kind),
            ["nameKo"] = entity.Names.Ko,
            ["nameEn"] = entity.Names.En,
            ["aliases"] = entity.Aliases.ToArray(),
            ["searchText"] = string.Join("\n", SearchKeys.NamesOf(entity).Select(SearchKeys.Normalize)),
            ["initials"] = string.Join("\n", SearchKeys.NamesOf(entity).Select(HangulInitials.Of).Where(s => s.Length > 0).Select(SearchKeys.Normalize)),
            ["descriptionKo"] = entity.Description?.Ko,
            ["descriptionEn"] = entity.Description?.En,
            ["lat"] = entity.Location?.Lat,
            ["lon"] = entity.Location?.Lon,
            ["precision"] = entity.Location is { } location ? ContractNames.ToContractName(location.Precision) : null,
            ["indicatorsJson"] = entity.Indicators.Count == 0 ? null : IndicatorJson.Write(entity.Indicators),
            ["evidenceSourceIds"] = entity.Evidence.Select(e => e.SourceId).ToArray(),
            ["evidenceQuotes"] = entity.Evidence.Select(e => e.Quote ?? "").ToArray(),
            ["indicatorAboutIds"] = entity.Indicators.Where(i => i.About is not null).Select(i => i.About!).Distinct(StringComparer.Ordinal).ToArray(),
            ["indicatorSourceIds"] = entity.Indicators.SelectMany(i => i.Evidence).Select(e => e.SourceId).Distinct(StringComparer.Ordinal).ToArray(),
        };

        switch (entity.Attributes)
        {
            case RegionAttributes region:
                row["level"] = ContractNames.ToContractName(region.Level);
                row["code"] = region.Code;
                break;
            case ComplexAttributes complex:
                row["complexKind"] = ContractNames.ToContractName(complex.ComplexKind);
                break;
            case CompanyAttributes company:
                row["size"] = ContractNames.ToContractName(company.Size);
                row["website"] = company.Website;
                break;
            case InstituteAttributes institute:
                row["instituteKind"] = ContractNames.ToContractName(institute.InstituteKind);
                row["website"] = institute.Website;
                break;
            case StageAttributes stage:
                row["stageOrder"] = stage.Order;
                row["industryId"] = stage.IndustryId;
                break;
            case InitiativeAttributes initiative:
                row["initiativeKind"] = ContractNames.ToContractName(initiative.InitiativeKind);
                row["date"] = initiative.Date;
                row["endDate"] = initiative.EndDate;
                row["period"] = initiative.Period;
                break;
        }

        return row;
    }

    /// <summary>A relation's relationship properties (its endpoints are the relationship's nodes, not properties).</summary>
    public static Dictionary<string, object?> Relation(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relation.Id,
            ["role"] = relation.Role,
            ["since"] = relation.Since,
            ["until"] = relation.Until,
            ["confidence"] = relation.Confidence,
            ["evidenceSourceIds"] = relation.Evidence.Select(e => e.SourceId).ToArray(),
            ["evidenceQuotes"] = relation.Evidence.Select(e => e.Quote ?? "").ToArray(),
        };
    }

    /// <summary>An import row for a relation: its endpoints and its properties.</summary>
    public static Dictionary<string, object?> RelationImport(Relation relation) => new(StringComparer.Ordinal)
    {
        ["fromId"] = relation.FromId,
        ["toId"] = relation.ToId,
        ["props"] = Relation(relation),
    };

    /// <summary>A source's node properties.</summary>
    public static Dictionary<string, object?> Source(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = source.Id,
            ["title"] = source.Title,
            ["lang"] = ContractNames.ToContractName(source.Lang),
            ["publisher"] = source.Publisher,
            ["url"] = source.Url,
            ["publishedAt"] = source.PublishedAt,
            ["retrievedAt"] = source.RetrievedAt?.ToString("O", CultureInfo.InvariantCulture),
            ["note"] = source.Note,
        };
    }
}
