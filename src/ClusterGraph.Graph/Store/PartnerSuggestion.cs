using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>Why two organizations might work together; mirrors the contract's <c>SuggestionReasonKind</c>.</summary>
public enum SuggestionReasonKind
{
    /// <summary>Both are ACTIVE_IN the same stage or industry (via = it). Weight 3.</summary>
    SharedStage,

    /// <summary>Both are LOCATED_IN the same complex (via = the complex). Weight 2.</summary>
    SameComplex,

    /// <summary>Both have the same smallest containing region (via = the region). Weight 1.</summary>
    SameRegion,

    /// <summary>One institute SUPPORTS both (via = the institute). Weight 2.</summary>
    CommonSupporter,

    /// <summary>The candidate PARTNERS_WITH a partner of the organization (via = that partner). Weight 1.5.</summary>
    PartnerOfPartner,

    /// <summary>One is active in a stage that FEEDS, or is fed by, a stage the other is active in (via = the candidate's stage). Weight 1.5.</summary>
    SupplyChainNeighbor,

    /// <summary>Both PARTICIPATE_IN the same initiative (via = the initiative). Weight 2.</summary>
    CoParticipant,
}

/// <summary>One reason for a suggestion.</summary>
/// <param name="Kind">What links the two.</param>
/// <param name="Via">The entity that links them.</param>
/// <param name="Text">A sentence in Korean and English naming the link.</param>
/// <param name="Weight">What the reason adds to the score.</param>
public sealed record SuggestionReason(SuggestionReasonKind Kind, Entity Via, LocalizedText Text, double Weight);

/// <summary>
/// An organization suggested as a partner: every company or institute other than the organization
/// itself and its existing partners that has at least one reason. Score = sum of the reasons'
/// weights; suggestions come by score descending, then ID; reasons by weight descending, kind, via ID.
/// </summary>
/// <param name="Entity">The suggested organization.</param>
/// <param name="Score">Sum of the reasons' weights.</param>
/// <param name="Reasons">Why.</param>
public sealed record PartnerSuggestion(Entity Entity, double Score, IReadOnlyList<SuggestionReason> Reasons);
