namespace ClusterGraph.Graph.Model;

/// <summary>
/// A node of the knowledge graph: a region, complex, company, institute, industry, value-chain stage
/// or initiative. Immutable; where it is (its region), what it does and who it works with are
/// <see cref="Relation"/>s, not properties.
/// </summary>
/// <param name="Id">Kind-prefixed slug, e.g. <c>company:amkor-technology-korea</c> (see <see cref="GraphIds"/>).</param>
/// <param name="Kind">The entity's kind; must agree with the ID's prefix.</param>
/// <param name="Names">Korean and English names; at least one.</param>
public sealed record Entity(string Id, EntityKind Kind, LocalizedText Names)
{
    /// <summary>Other names and abbreviations it is known by (e.g. 앰코코리아, Amkor, 인천TP, 생기원).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Short bilingual description, or null.</summary>
    public LocalizedText? Description { get; init; }

    /// <summary>Where it is on the map, or null (industries, stages and unlocated entities).</summary>
    public GeoPoint? Location { get; init; }

    /// <summary>The attributes of its kind (<see cref="RegionAttributes"/> for a region, …), or null for an industry or a company with no known size.</summary>
    public EntityAttributes? Attributes { get; init; }

    /// <summary>Numeric facts about it (measurements, or targets for an initiative).</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Sources and passages stating that it exists; at least one.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
