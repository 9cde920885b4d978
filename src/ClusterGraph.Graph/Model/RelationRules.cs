namespace ClusterGraph.Graph.Model;

/// <summary>
/// Which entity kinds each relation type may join, as the contract's <c>RelationType</c> documents
/// them. LOCATED_IN from a region only reaches a region (its administrative parent); complexes may sit
/// in a region or in a larger complex (a zone); companies, institutes and initiatives in either.
/// Self-relations are never allowed.
/// </summary>
public static class RelationRules
{
    private static readonly EntityKind[] s_organizations = [EntityKind.Company, EntityKind.Institute];
    private static readonly EntityKind[] s_places = [EntityKind.Region, EntityKind.IndustrialComplex];
    private static readonly EntityKind[] s_activities = [EntityKind.Industry, EntityKind.ValueChainStage];

    private static readonly Dictionary<RelationType, (EntityKind From, EntityKind To)[]> s_allowed = new()
    {
        [RelationType.LocatedIn] =
        [
            (EntityKind.Region, EntityKind.Region),
            .. Pairs([EntityKind.IndustrialComplex, EntityKind.Company, EntityKind.Institute, EntityKind.Initiative], s_places),
        ],
        [RelationType.ActiveIn] = Pairs(s_organizations, s_activities),
        [RelationType.SpecializesIn] = Pairs(s_places, s_activities),
        [RelationType.Supports] = Pairs(
            [EntityKind.Institute],
            [EntityKind.Company, EntityKind.IndustrialComplex, EntityKind.Industry, EntityKind.Region]),
        [RelationType.PartnersWith] = Pairs(s_organizations, s_organizations),
        [RelationType.Supplies] = Pairs([EntityKind.Company], [EntityKind.Company]),
        [RelationType.SubsidiaryOf] = Pairs([EntityKind.Company], [EntityKind.Company]),
        [RelationType.ParticipatesIn] = Pairs([EntityKind.Company, EntityKind.Institute, EntityKind.Region], [EntityKind.Initiative]),
        [RelationType.Targets] = Pairs(
            [EntityKind.Initiative],
            [EntityKind.Industry, EntityKind.ValueChainStage, EntityKind.Region, EntityKind.IndustrialComplex]),
        [RelationType.StageOf] = Pairs([EntityKind.ValueChainStage], [EntityKind.Industry]),
        [RelationType.Feeds] = Pairs([EntityKind.ValueChainStage], [EntityKind.ValueChainStage]),
    };

    /// <summary>True when a relation of <paramref name="type"/> may go from an entity of kind <paramref name="from"/> to one of kind <paramref name="to"/>.</summary>
    public static bool IsAllowed(RelationType type, EntityKind from, EntityKind to) =>
        s_allowed.TryGetValue(type, out (EntityKind From, EntityKind To)[]? pairs) && Array.IndexOf(pairs, (from, to)) >= 0;

    /// <summary>The (from, to) kind pairs allowed for <paramref name="type"/>; empty for an undefined type.</summary>
    public static IReadOnlyList<(EntityKind From, EntityKind To)> AllowedPairs(RelationType type) =>
        s_allowed.TryGetValue(type, out (EntityKind From, EntityKind To)[]? pairs) ? pairs : [];

    /// <summary>True for types read in both directions (PARTNERS_WITH).</summary>
    public static bool IsUndirected(RelationType type) => type == RelationType.PartnersWith;

    private static (EntityKind From, EntityKind To)[] Pairs(EntityKind[] from, EntityKind[] to) =>
        [.. from.SelectMany(f => to.Select(t => (f, t)))];
}
