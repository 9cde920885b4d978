namespace ClusterGraph.Graph.Model;

/// <summary>Legal kind of an industrial complex; mirrors the contract's <c>ComplexKind</c> enum.</summary>
public enum ComplexKind
{
    /// <summary>National industrial complex (국가산업단지).</summary>
    National,

    /// <summary>General industrial complex (일반산업단지).</summary>
    General,

    /// <summary>Urban high-tech industrial complex (도시첨단산업단지).</summary>
    UrbanHighTech,

    /// <summary>Agro-industrial complex (농공단지).</summary>
    AgroIndustrial,

    /// <summary>Free economic zone (경제자유구역).</summary>
    FreeEconomicZone,

    /// <summary>A cluster or special-purpose site that is not one of the statutory complex kinds.</summary>
    SpecializedCluster,

    /// <summary>Research park or R&amp;D special zone.</summary>
    ResearchPark,
}
