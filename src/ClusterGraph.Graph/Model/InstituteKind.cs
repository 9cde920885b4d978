namespace ClusterGraph.Graph.Model;

/// <summary>What kind of body an institute is; mirrors the contract's <c>InstituteKind</c> enum.</summary>
public enum InstituteKind
{
    /// <summary>A research institute (e.g. KITECH, National NanoFab Center).</summary>
    ResearchInstitute,

    /// <summary>A regional technopark (e.g. Incheon Technopark).</summary>
    Technopark,

    /// <summary>A university.</summary>
    University,

    /// <summary>A national government ministry, office or agency.</summary>
    GovernmentAgency,

    /// <summary>A city or provincial government (the actor; the place is a region).</summary>
    LocalGovernment,

    /// <summary>An industry association or research association.</summary>
    IndustryAssociation,

    /// <summary>A public corporation (e.g. Korea Industrial Complex Corporation).</summary>
    PublicCorporation,
}
