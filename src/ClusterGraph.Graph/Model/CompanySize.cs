namespace ClusterGraph.Graph.Model;

/// <summary>Size class of a company; mirrors the contract's <c>CompanySize</c> enum.</summary>
public enum CompanySize
{
    /// <summary>A large enterprise or conglomerate affiliate.</summary>
    Large,

    /// <summary>A mid-sized enterprise (중견기업).</summary>
    Midsize,

    /// <summary>A small or medium enterprise.</summary>
    Sme,

    /// <summary>A start-up.</summary>
    Startup,

    /// <summary>Not known; the default.</summary>
    Unknown,
}
