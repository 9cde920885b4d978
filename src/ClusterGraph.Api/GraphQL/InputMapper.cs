using System.Globalization;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Api.GraphQL;

/// <summary>
/// Turns the contract's mutation inputs into model records. An upsert replaces the fields given and
/// keeps those omitted (a list given replaces the stored list), so each reader below looks at which
/// keys the input holds, not only at their values.
/// </summary>
internal static class InputMapper
{
    public static Source ToSource(IReadOnlyDictionary<string, object?> input, string id) =>
        new(id, (string)input["title"]!, (Lang)input["lang"]!)
        {
            Publisher = input.GetValueOrDefault("publisher") as string,
            Url = input.GetValueOrDefault("url") as string,
            PublishedAt = input.GetValueOrDefault("publishedAt") as DateOnly?,
            RetrievedAt = DateTimeOffset.UtcNow,
        };

    /// <summary>The entity the input describes, merged over <paramref name="stored"/> when it exists.</summary>
    public static Entity ToEntity(IReadOnlyDictionary<string, object?> input, string id, Entity? stored)
    {
        var kind = (EntityKind)input["kind"]!;
        var entity = stored is null
            ? new Entity(id, kind, Text(input["names"])!)
            : stored with { Names = Text(input["names"])! };

        if (input.TryGetValue("aliases", out object? aliases))
        {
            entity = entity with { Aliases = [.. Items(aliases).Cast<string>()] };
        }

        if (input.TryGetValue("description", out object? description))
        {
            entity = entity with { Description = Text(description) };
        }

        if (input.TryGetValue("location", out object? location))
        {
            entity = entity with { Location = Point(location) };
        }

        if (input.TryGetValue("indicators", out object? indicators))
        {
            entity = entity with { Indicators = [.. Items(indicators).Select(i => ToIndicator((IReadOnlyDictionary<string, object?>)i!))] };
        }

        entity = entity with { Evidence = Evidence(input["evidence"]) };
        EntityAttributes? attributes = Attributes(input, kind, stored?.Attributes);
        return entity with { Attributes = attributes };
    }

    public static Relation ToRelation(IReadOnlyDictionary<string, object?> input, string id) =>
        new(id, (RelationType)input["type"]!, (string)input["from"]!, (string)input["to"]!)
        {
            Role = input.GetValueOrDefault("role") as string,
            Since = input.GetValueOrDefault("since") as DateOnly?,
            Until = input.GetValueOrDefault("until") as DateOnly?,
            Confidence = input.GetValueOrDefault("confidence") is { } confidence ? Convert.ToDouble(confidence, CultureInfo.InvariantCulture) : 1.0,
            Evidence = Evidence(input["evidence"]),
        };

    /// <summary>The attribute inputs that do not belong to <paramref name="kind"/> but were given (they must be absent).</summary>
    public static IEnumerable<string> ForeignAttributes(IReadOnlyDictionary<string, object?> input, EntityKind kind)
    {
        string own = AttributeKey(kind) ?? string.Empty;
        foreach (string key in new[] { "region", "complex", "company", "institute", "stage", "initiative" })
        {
            if (key != own && input.GetValueOrDefault(key) is not null)
            {
                yield return key;
            }
        }
    }

    /// <summary>The input field holding <paramref name="kind"/>'s attributes, or null for kinds with none.</summary>
    public static string? AttributeKey(EntityKind kind) => kind switch
    {
        EntityKind.Region => "region",
        EntityKind.IndustrialComplex => "complex",
        EntityKind.Company => "company",
        EntityKind.Institute => "institute",
        EntityKind.ValueChainStage => "stage",
        EntityKind.Initiative => "initiative",
        _ => null,
    };

    private static EntityAttributes? Attributes(IReadOnlyDictionary<string, object?> input, EntityKind kind, EntityAttributes? stored)
    {
        string? key = AttributeKey(kind);
        if (key is null || input.GetValueOrDefault(key) is not IReadOnlyDictionary<string, object?> a)
        {
            // Kinds whose attributes have no required field (companies) get defaults when none are given.
            return stored?.Kind == kind ? stored : kind == EntityKind.Company ? new CompanyAttributes() : null;
        }

        return kind switch
        {
            EntityKind.Region => new RegionAttributes((RegionLevel)a["level"]!, a.GetValueOrDefault("code") as string),
            EntityKind.IndustrialComplex => new ComplexAttributes((ComplexKind)a["complexKind"]!),
            EntityKind.Company => new CompanyAttributes(a.GetValueOrDefault("size") as CompanySize? ?? CompanySize.Unknown, a.GetValueOrDefault("website") as string),
            EntityKind.Institute => new InstituteAttributes((InstituteKind)a["instituteKind"]!, a.GetValueOrDefault("website") as string),
            EntityKind.ValueChainStage => new StageAttributes(Convert.ToInt32(a["order"], CultureInfo.InvariantCulture), (stored as StageAttributes)?.IndustryId),
            _ => new InitiativeAttributes(
                (InitiativeKind)a["initiativeKind"]!,
                a.GetValueOrDefault("date") as DateOnly?,
                a.GetValueOrDefault("endDate") as DateOnly?,
                (stored as InitiativeAttributes)?.Period),
        };
    }

    private static Indicator ToIndicator(IReadOnlyDictionary<string, object?> input) =>
        new((string)input["key"]!, Text(input["name"])!, Convert.ToDouble(input["value"], CultureInfo.InvariantCulture))
        {
            Unit = input.GetValueOrDefault("unit") as string,
            Qualifier = input.GetValueOrDefault("qualifier") as string,
            About = input.GetValueOrDefault("about") as string,
            Date = input.GetValueOrDefault("date") as DateOnly?,
            Period = input.GetValueOrDefault("period") as string,
            Target = input.GetValueOrDefault("target") is true,
            Evidence = Evidence(input["evidence"]),
        };

    private static IReadOnlyList<Evidence> Evidence(object? input) =>
        [.. Items(input).Cast<IReadOnlyDictionary<string, object?>>().Select(e => new Evidence((string)e["sourceId"]!, e.GetValueOrDefault("quote") as string))];

    private static LocalizedText? Text(object? input) =>
        input is IReadOnlyDictionary<string, object?> text ? new LocalizedText(text.GetValueOrDefault("ko") as string, text.GetValueOrDefault("en") as string) : null;

    private static GeoPoint? Point(object? input) =>
        input is IReadOnlyDictionary<string, object?> point
            ? new GeoPoint(
                Convert.ToDouble(point["lat"], CultureInfo.InvariantCulture),
                Convert.ToDouble(point["lon"], CultureInfo.InvariantCulture),
                (LocationPrecision)point["precision"]!)
            : null;

    private static IEnumerable<object?> Items(object? input) => input as IEnumerable<object?> ?? [];
}
