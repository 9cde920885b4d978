namespace ClusterGraph.Graph.Model;

/// <summary>
/// The relation types; mirrors the contract's <c>RelationType</c> enum. Which kinds each type may
/// join is fixed by <see cref="RelationRules"/>.
/// </summary>
public enum RelationType
{
    /// <summary>Entity → Region or IndustrialComplex: where it is (Region → Region: administrative parent).</summary>
    LocatedIn,

    /// <summary>Company/Institute → ValueChainStage or Industry: what it does.</summary>
    ActiveIn,

    /// <summary>Region/IndustrialComplex → Industry or ValueChainStage: designated or declared specialization.</summary>
    SpecializesIn,

    /// <summary>Institute → Company/IndustrialComplex/Industry/Region: R&amp;D, testing, certification, training or funding support.</summary>
    Supports,

    /// <summary>Organization ↔ Organization: declared cooperation (undirected).</summary>
    PartnersWith,

    /// <summary>Company → Company: supplies goods or services to.</summary>
    Supplies,

    /// <summary>Company → Company: is a subsidiary of.</summary>
    SubsidiaryOf,

    /// <summary>Organization/Region → Initiative: signs, hosts or takes part in.</summary>
    ParticipatesIn,

    /// <summary>Initiative → Industry/ValueChainStage/Region/IndustrialComplex: what it aims at.</summary>
    Targets,

    /// <summary>ValueChainStage → Industry: belongs to.</summary>
    StageOf,

    /// <summary>ValueChainStage → ValueChainStage: output of one feeds the next (upstream → downstream).</summary>
    Feeds,
}
