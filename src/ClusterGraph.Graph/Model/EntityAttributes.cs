namespace ClusterGraph.Graph.Model;

/// <summary>
/// The attributes particular to one entity kind. An entity carries at most one, and it must be the
/// one for its kind (<see cref="Kind"/>); Industry has none, Company's are optional (size UNKNOWN).
/// </summary>
public abstract record EntityAttributes
{
    private protected EntityAttributes()
    {
    }

    /// <summary>The entity kind these attributes belong to.</summary>
    public abstract EntityKind Kind { get; }
}

/// <summary>Attributes of a <see cref="EntityKind.Region"/>.</summary>
/// <param name="Level">Administrative level.</param>
/// <param name="Code">Administrative code where one exists (e.g. 28 for Incheon), or null.</param>
public sealed record RegionAttributes(RegionLevel Level, string? Code = null) : EntityAttributes
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Region;
}

/// <summary>Attributes of an <see cref="EntityKind.IndustrialComplex"/>.</summary>
/// <param name="ComplexKind">Legal kind of the complex.</param>
public sealed record ComplexAttributes(ComplexKind ComplexKind) : EntityAttributes
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.IndustrialComplex;
}

/// <summary>Attributes of a <see cref="EntityKind.Company"/>.</summary>
/// <param name="Size">Size class; <see cref="CompanySize.Unknown"/> when not known.</param>
/// <param name="Website">Absolute http(s) URL, or null.</param>
public sealed record CompanyAttributes(CompanySize Size = CompanySize.Unknown, string? Website = null) : EntityAttributes
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Company;
}

/// <summary>Attributes of an <see cref="EntityKind.Institute"/>.</summary>
/// <param name="InstituteKind">What kind of body it is.</param>
/// <param name="Website">Absolute http(s) URL, or null.</param>
public sealed record InstituteAttributes(InstituteKind InstituteKind, string? Website = null) : EntityAttributes
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Institute;
}

/// <summary>Attributes of a <see cref="EntityKind.ValueChainStage"/>.</summary>
/// <param name="Order">Position in the value chain, 1 = most upstream. Parallel stages (the root industries) follow the source's listing.</param>
/// <param name="IndustryId">
/// The industry the stage belongs to. When set it must name an Industry and agree with the stage's
/// STAGE_OF relation; when null the STAGE_OF relation alone names it.
/// </param>
public sealed record StageAttributes(int Order, string? IndustryId = null) : EntityAttributes
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.ValueChainStage;
}

/// <summary>Attributes of an <see cref="EntityKind.Initiative"/>.</summary>
/// <param name="InitiativeKind">What kind of initiative it is.</param>
/// <param name="Date">Start or signing date; null when the source gives no full date (never guessed).</param>
/// <param name="EndDate">End date, or null.</param>
/// <param name="Period">The timing as the source states it when no full date fits, e.g. '18일', '2020~25', '내년 3월'.</param>
public sealed record InitiativeAttributes(
    InitiativeKind InitiativeKind,
    DateOnly? Date = null,
    DateOnly? EndDate = null,
    string? Period = null) : EntityAttributes
{
    /// <inheritdoc/>
    public override EntityKind Kind => EntityKind.Initiative;
}
